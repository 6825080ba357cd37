#pragma once

#include <QString>
#include <QStringView>

namespace Strata::HtmlText {

// Text for HTML and SVG (XML), in element content and in quoted attribute values alike: & < > " '
// become entities, and the characters XML forbids (controls other than tab, line feed and carriage
// return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so that every SVG still parses as XML.
// Names, comments and SQL are data, never markup: every one of them goes through here.
QString escaped(QStringView text);
inline QString escaped(const QString &text) { return escaped(QStringView(text)); } // also takes a QStringBuilder

// A fragment identifier for an id="..." and the "#..." that links to it: the name's letters, digits,
// '_' and '-' kept, every other character as "." followed by its code in hex, so that two names
// never share one ("a b" and "a_b" differ) and the result needs no escaping.
QString anchor(QStringView prefix, QStringView name);

} // namespace Strata::HtmlText
