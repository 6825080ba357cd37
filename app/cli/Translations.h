#pragma once

#include <QCoreApplication>

namespace Strata::Cli {

// Installs the catalogue of the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), embedded under
// :/i18n by the build, and Qt's own (QCommandLineParser's "Unknown option", "Options:"). English is the
// source language: its catalogue only adds plural forms ("1 error", "2 errors") and is the fallback,
// so that English output is right without a catalogue of its own being chosen.
void installTranslations(QCoreApplication &app);

} // namespace Strata::Cli
