#pragma once

// QScintilla's headers declare their signals and slots with the `signals` and `slots` keywords,
// which QT_NO_KEYWORDS switches off for Strata's own code. This header lends them for the
// duration of the includes only, so every file that needs QScintilla includes it from here.

#ifndef signals
#define signals Q_SIGNALS
#define STRATA_QSCI_UNDEF_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define STRATA_QSCI_UNDEF_SLOTS
#endif

#include <Qsci/qscilexer.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#ifdef STRATA_QSCI_UNDEF_SIGNALS
#undef signals
#undef STRATA_QSCI_UNDEF_SIGNALS
#endif
#ifdef STRATA_QSCI_UNDEF_SLOTS
#undef slots
#undef STRATA_QSCI_UNDEF_SLOTS
#endif
