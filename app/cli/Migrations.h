#pragma once

// What the migration commands (status, plan, migrate, rollback, repair) share: the --database
// option, opening the project's migration graph, and printing plans and runs as text or JSON.
#include "Cli.h"

#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>

#include <QJsonObject>

namespace Strata::Cli {

const QCommandLineOption &databaseOption();
const QCommandLineOption &lockTimeoutOption();
const QCommandLineOption &toOption();        // --to PACKAGE[:ID]
const QCommandLineOption &devDatabaseOption(); // --dev-database URL: a server for scratch databases
const QCommandLineOption &dryRunOption();

// Loads the project and resolves --database (else the project's default target). Prints why and
// returns false when either cannot be had; then `exitCode` says how to exit.
struct MigrationSetup
{
    Registry registry;
    DatabaseUrl url;
    std::optional<MigrationGraph> graph;
    int exitCode = Success;
};
bool setUpMigrations(Context &context, MigrationSetup &setup);

// A plan as JSON; as text, each whole statement under its migration; as the SQL script that migrate
// (or rollback) would run on `database`, with comments naming each migration (PlanOutput.cpp).
QJsonObject planToJson(const Plan &plan, const QString &projectRoot);
void printPlan(Context &context, const Plan &plan);
void printPlanScript(Context &context, const Plan &plan, const QString &database);
// Runs the request, printing each migration and statement as it runs (text) or the whole run at
// the end (json). Returns the exit code.
int runAndReport(Context &context, MigrationSetup &setup, const RunRequest &request);

} // namespace Strata::Cli
