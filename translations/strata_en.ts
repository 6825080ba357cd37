<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Strata::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/Migrations.cpp" line="+73"/>
        <source>%n migration(s) before it stay(s) applied.</source>
        <translation>
            <numerusform>%n migration before it stays applied.</numerusform>
            <numerusform>%n migrations before it stay applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) before it stay(s) rolled back.</source>
        <translation>
            <numerusform>%n migration before it stays rolled back.</numerusform>
            <numerusform>%n migrations before it stay rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Dry run on %1: %n migration(s)</source>
        <translation>
            <numerusform>Dry run on %1: %n migration</numerusform>
            <numerusform>Dry run on %1: %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Migrating %1: %n pending</source>
        <translation>
            <numerusform>Migrating %1: %n pending</numerusform>
            <numerusform>Migrating %1: %n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolling back %1: %n migration(s)</source>
        <translation>
            <numerusform>Rolling back %1: %n migration</numerusform>
            <numerusform>Rolling back %1: %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %n migration.</numerusform>
            <numerusform>Cancelled after %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run passed: %n migration(s) run and undone; nothing changed.</source>
        <translation>
            <numerusform>Dry run passed: %n migration run and undone; nothing changed.</numerusform>
            <numerusform>Dry run passed: %n migrations run and undone; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Applied %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>Applied %n migration in %1 ms.</numerusform>
            <numerusform>Applied %n migrations in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolled back %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>Rolled back %n migration in %1 ms.</numerusform>
            <numerusform>Rolled back %n migrations in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="+91"/>
        <source>%n migration(s) would run on %1:</source>
        <translation>
            <numerusform>%n migration would run on %1:</numerusform>
            <numerusform>%n migrations would run on %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) would be rolled back on %1:</source>
        <translation>
            <numerusform>%n migration would be rolled back on %1:</numerusform>
            <numerusform>%n migrations would be rolled back on %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanOutput.cpp" line="+141"/>
        <source>strata plan --sql: %n migration(s) that migrate would run on %1, in order.</source>
        <translation>
            <numerusform>strata plan --sql: %n migration that migrate would run on %1, in order.</numerusform>
            <numerusform>strata plan --sql: %n migrations that migrate would run on %1, in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>strata plan --sql: %n migration(s) that rollback would undo on %1, in order.</source>
        <translation>
            <numerusform>strata plan --sql: %n migration that rollback would undo on %1, in order.</numerusform>
            <numerusform>strata plan --sql: %n migrations that rollback would undo on %1, in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="+113"/>
        <source>drift: %n difference(s) with the declared schema in %1; &apos;strata diff --database %2&apos; lists them</source>
        <translation>
            <numerusform>drift: %n difference with the declared schema in %1; &apos;strata diff --database %2&apos; lists them</numerusform>
            <numerusform>drift: %n differences with the declared schema in %1; &apos;strata diff --database %2&apos; lists them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../app/cli/ValidateCommand.cpp" line="+110"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DiffCommand.cpp" line="+93"/>
        <source>%1: %n difference(s) with %2</source>
        <translation>
            <numerusform>%1: %n difference with %2</numerusform>
            <numerusform>%1: %n differences with %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n package(s) compared</source>
        <translation>
            <numerusform>%n package compared</numerusform>
            <numerusform>%n packages compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with differences</source>
        <translation>
            <numerusform>%n with differences</numerusform>
            <numerusform>%n with differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n error(s) reading the project: what could not be read is not in the comparison</source>
        <translation>
            <numerusform>%n error reading the project: what could not be read is not in the comparison</numerusform>
            <numerusform>%n errors reading the project: what could not be read is not in the comparison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BaselineCommand.cpp" line="+80"/>
        <source>strata: error: %1 differs from what the %n migration(s) produce; nothing recorded:</source>
        <translation>
            <numerusform>strata: error: %1 differs from what the %n migration produce; nothing recorded:</numerusform>
            <numerusform>strata: error: %1 differs from what the %n migrations produce; nothing recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>strata: warning: %1 differs from what the %n migration(s) produce; recorded anyway (--force):</source>
        <translation>
            <numerusform>strata: warning: %1 differs from what the %n migration produce; recorded anyway (--force):</numerusform>
            <numerusform>strata: warning: %1 differs from what the %n migrations produce; recorded anyway (--force):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Recorded %n migration(s) as applied on %1 without running them:</source>
        <translation>
            <numerusform>Recorded %n migration as applied on %1 without running them:</numerusform>
            <numerusform>Recorded %n migrations as applied on %1 without running them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TestCommand.cpp" line="+92"/>
        <source>%n package(s) tested</source>
        <translation>
            <numerusform>%n package tested</numerusform>
            <numerusform>%n packages tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Diagnostic</name>
    <message numerus="yes">
        <location filename="../core/common/Diagnostic.cpp" line="+88"/>
        <source>%n more finding(s) [%1] in this file not listed (Strata lists the first %2 of a code in a file)</source>
        <translation>
            <numerusform>%n more finding [%1] in this file not listed (Strata lists the first %2 of a code in a file)</numerusform>
            <numerusform>%n more findings [%1] in this file not listed (Strata lists the first %2 of a code in a file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::HtmlDocs</name>
    <message numerus="yes">
        <location filename="../core/docs/HtmlDiagrams.cpp" line="+136"/>
        <source>+%n more table(s)</source>
        <translation>
            <numerusform>+%n more table</numerusform>
            <numerusform>+%n more tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/docs/HtmlPackagePage.cpp" line="+27"/>
        <source>and %n more statement(s)</source>
        <translation>
            <numerusform>and %n more statement</numerusform>
            <numerusform>and %n more statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/docs/HtmlPages.cpp" line="+147"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::MarkdownDocs</name>
    <message numerus="yes">
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="+27"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only the chosen packages and what they depend on are documented here, of %n package(s) in the project.</source>
        <translation>
            <numerusform>Only the chosen packages and what they depend on are documented here, of %n package in the project.</numerusform>
            <numerusform>Only the chosen packages and what they depend on are documented here, of %n packages in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::MigrationGenerator</name>
    <message numerus="yes">
        <location filename="../core/diff/MigrationGenerator.cpp" line="+783"/>
        <source>Package %1 has %n error(s) in its declarations.</source>
        <translation>
            <numerusform>Package %1 has %n error in its declarations.</numerusform>
            <numerusform>Package %1 has %n errors in its declarations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::MigrationRunner</name>
    <message numerus="yes">
        <location filename="../core/migration/MigrationRunner.cpp" line="+116"/>
        <source>and %n more violation(s)</source>
        <translation>
            <numerusform>and %n more violation</numerusform>
            <numerusform>and %n more violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Migrations</name>
    <message numerus="yes">
        <location filename="../core/migration/RunText.cpp" line="+33"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 non-null value(s)</source>
        <translation>
            <numerusform>%1 non-null value</numerusform>
            <numerusform>%1 non-null values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::PackageTest</name>
    <message numerus="yes">
        <location filename="../core/testing/PackageTester.cpp" line="+171"/>
        <source>%n fixture row(s) kept</source>
        <translation>
            <numerusform>%n fixture row kept</numerusform>
            <numerusform>%n fixture rows kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Reload</name>
    <message numerus="yes">
        <location filename="../core/reload/ReloadSummary.cpp" line="+126"/>
        <source>%n problem(s) fixed</source>
        <translation>
            <numerusform>%n problem fixed</numerusform>
            <numerusform>%n problems fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new problem(s)</source>
        <translation>
            <numerusform>%n new problem</numerusform>
            <numerusform>%n new problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::DatabaseActions</name>
    <message numerus="yes">
        <location filename="../ui/migrations/DatabaseActions.cpp" line="+153"/>
        <source>Write a migration for each of the %n package(s) with schema changes</source>
        <translation>
            <numerusform>Write a migration for each of the %n package with schema changes</numerusform>
            <numerusform>Write a migration for each of the %n packages with schema changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::EditorArea</name>
    <message numerus="yes">
        <location filename="../ui/editor/EditorArea.cpp" line="+332"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ExportDocumentationDialog</name>
    <message numerus="yes">
        <location filename="../ui/docs/ExportDocumentationDialog.cpp" line="+70"/>
        <source>&amp;All packages (%n)</source>
        <translation>
            <numerusform>&amp;All packages (%n)</numerusform>
            <numerusform>&amp;All packages (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n file(s) written, %1 unchanged, %2 removed, in %3.</source>
        <translation>
            <numerusform>%n file written, %1 unchanged, %2 removed, in %3.</numerusform>
            <numerusform>%n files written, %1 unchanged, %2 removed, in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GenerateMigrationDialog</name>
    <message numerus="yes">
        <location filename="../ui/diff/GenerateMigrationDialog.cpp" line="+189"/>
        <source>Schema changes of %n package(s)</source>
        <translation>
            <numerusform>Schema changes of %n package</numerusform>
            <numerusform>Schema changes of %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>&amp;Up (%n destructive)</source>
        <translation>
            <numerusform>&amp;Up (%n destructive)</numerusform>
            <numerusform>&amp;Up (%n destructive)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphBuilder</name>
    <message numerus="yes">
        <location filename="../ui/graph/GraphBuilder.cpp" line="+174"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphNodeListModel</name>
    <message numerus="yes">
        <location filename="../ui/graph/GraphNodeListModel.cpp" line="+79"/>
        <source>Links to %n node(s),</source>
        <translation>
            <numerusform>Links to %n node,</numerusform>
            <numerusform>Links to %n nodes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>linked from %n node(s).</source>
        <translation>
            <numerusform>linked from %n node.</numerusform>
            <numerusform>linked from %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Table %1 in package %2, %n listed column(s).</source>
        <translation>
            <numerusform>Table %1 in package %2, %n listed column.</numerusform>
            <numerusform>Table %1 in package %2, %n listed columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n error.</numerusform>
            <numerusform>%n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphPanel</name>
    <message numerus="yes">
        <location filename="../ui/graph/GraphPanel.cpp" line="+380"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>Path of %n link(s)</source>
        <translation>
            <numerusform>Path of %n link</numerusform>
            <numerusform>Path of %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+407"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::NodeItem</name>
    <message numerus="yes">
        <location filename="../ui/graph/NodeItem.cpp" line="+43"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PackageTestRunner</name>
    <message numerus="yes">
        <location filename="../ui/testing/PackageTestRunner.cpp" line="+130"/>
        <source>Testing cancelled after %n package(s)</source>
        <translation>
            <numerusform>Testing cancelled after %n package</numerusform>
            <numerusform>Testing cancelled after %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) tested: all passed</source>
        <translation>
            <numerusform>%n package tested: all passed</numerusform>
            <numerusform>%n packages tested: all passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) tested: %1 failed (see Problems)</source>
        <translation>
            <numerusform>%n package tested: %1 failed (see Problems)</numerusform>
            <numerusform>%n packages tested: %1 failed (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PackageTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/PackageTreeModel.cpp" line="+75"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+435"/>
        <source>%n to migrate</source>
        <translation>
            <numerusform>%n to migrate</numerusform>
            <numerusform>%n to migrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>database.json differs from what the migrations produce: %n difference(s) (strata diff lists them)</source>
        <translation>
            <numerusform>database.json differs from what the migrations produce: %n difference (strata diff lists them)</numerusform>
            <numerusform>database.json differs from what the migrations produce: %n differences (strata diff lists them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/ProblemsPanel.cpp" line="+174"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::RunDialog</name>
    <message numerus="yes">
        <location filename="../ui/migrations/RunDialog.cpp" line="+145"/>
        <source>The database changed since the preview: running %n migration(s) as planned now.</source>
        <translation>
            <numerusform>The database changed since the preview: running %n migration as planned now.</numerusform>
            <numerusform>The database changed since the preview: running %n migrations as planned now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n migration(s) will run</source>
        <translation>
            <numerusform>%n migration will run</numerusform>
            <numerusform>%n migrations will run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) will be rolled back</source>
        <translation>
            <numerusform>%n migration will be rolled back</numerusform>
            <numerusform>%n migrations will be rolled back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n destructive statement(s), highlighted below</source>
        <translation>
            <numerusform>%n destructive statement, highlighted below</numerusform>
            <numerusform>%n destructive statements, highlighted below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Apply %n migration(s) to %1?</source>
        <translation>
            <numerusform>Apply %n migration to %1?</numerusform>
            <numerusform>Apply %n migrations to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roll back %n migration(s) on %1?</source>
        <translation>
            <numerusform>Roll back %n migration on %1?</numerusform>
            <numerusform>Roll back %n migrations on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The plan has %n destructive statement(s); the data they remove cannot be recovered:</source>
        <translation>
            <numerusform>The plan has %n destructive statement; the data they remove cannot be recovered:</numerusform>
            <numerusform>The plan has %n destructive statements; the data they remove cannot be recovered:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %n migration.</numerusform>
            <numerusform>Cancelled after %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applied %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>Applied %n migration in %1 ms.</numerusform>
            <numerusform>Applied %n migrations in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolled back %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>Rolled back %n migration in %1 ms.</numerusform>
            <numerusform>Rolled back %n migrations in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SqlPreviewDialog</name>
    <message numerus="yes">
        <location filename="../ui/migrations/SqlPreviewDialog.cpp" line="+200"/>
        <source>%n statement(s) that create the declared schema on an empty database</source>
        <translation>
            <numerusform>%n statement that create the declared schema on an empty database</numerusform>
            <numerusform>%n statements that create the declared schema on an empty database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending migration(s)</source>
        <translation>
            <numerusform>%n pending migration</numerusform>
            <numerusform>%n pending migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n destructive statement(s), highlighted</source>
        <translation>
            <numerusform>%n destructive statement, highlighted</numerusform>
            <numerusform>%n destructive statements, highlighted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/SummaryPage.cpp" line="+39"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+268"/>
        <source>%n difference(s) between database.json and what the migrations produce:</source>
        <translation>
            <numerusform>%n difference between database.json and what the migrations produce:</numerusform>
            <numerusform>%n differences between database.json and what the migrations produce:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more (strata diff lists them all)</source>
        <translation>
            <numerusform>and %n more (strata diff lists them all)</numerusform>
            <numerusform>and %n more (strata diff lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n difference(s) with the declared schema</source>
        <translation>
            <numerusform>%n difference with the declared schema</numerusform>
            <numerusform>%n differences with the declared schema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more (strata diff --database lists them all)</source>
        <translation>
            <numerusform>and %n more (strata diff --database lists them all)</numerusform>
            <numerusform>and %n more (strata diff --database lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Project · %n package(s)</source>
        <translation>
            <numerusform>Project · %n package</numerusform>
            <numerusform>Project · %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n package(s) differ from their migrations</source>
        <translation>
            <numerusform>%n package differ from their migrations</numerusform>
            <numerusform>%n packages differ from their migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n migration(s) in %1</source>
        <translation>
            <numerusform>%n migration in %1</numerusform>
            <numerusform>%n migrations in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Table in %1 · %n column(s)</source>
        <translation>
            <numerusform>Table in %1 · %n column</numerusform>
            <numerusform>Table in %1 · %n columns</numerusform>
        </translation>
    </message>
</context>
</TS>
