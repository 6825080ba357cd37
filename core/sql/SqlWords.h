#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

namespace Strata::SqlWords {

// The words of one SQL statement, for recognising what it does (a DROP for plan's warnings, a CREATE
// TABLE for the documentation's migration summaries) without a full parser: comments and string
// literals left out (a literal becomes the word "'"), quoted identifiers unquoted, and ',', '(' and
// ')' as words of their own. Both dialects share these forms.
struct Word
{
    QString upper; // keywords are compared upper-cased; empty for quoted identifiers ("drop" is a name)
    QString raw;   // as written, quotes removed; "public.deals" for a qualified name
    QString name;  // the last part of a qualified name: "deals"
};

QList<Word> wordsOf(const QString &sql);

// Reads a statement's words from the front.
struct Cursor
{
    const QList<Word> &words;
    qsizetype at = 0;

    bool atEnd() const { return at >= words.size(); }
    // Steps over `keyword` when it comes next.
    bool accept(const char *keyword);
    // Steps over all of `keywords` when they come next in that order; else stays.
    bool acceptAll(std::initializer_list<const char *> keywords);
    // The next word as a name, without its schema ("public.deals" -> "deals"), and steps over it.
    QString name();
};

} // namespace Strata::SqlWords
