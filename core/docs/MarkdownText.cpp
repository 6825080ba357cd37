#include <strata/docs/MarkdownText.h>

using namespace Qt::StringLiterals;

namespace Strata::MarkdownText {

namespace {

// Punctuation with a meaning somewhere in GitHub/GitLab Markdown, inline: emphasis (* _ ~), code (`),
// links and images ([ ] !), escapes (\), tables (|), footnotes and math ($ on GitLab). A backslash
// before any ASCII punctuation is a valid escape in CommonMark, so escaping more than needed is safe.
bool needsBackslash(QChar c)
{
    switch (c.unicode()) {
    case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'~': case u'|': case u'$':
    case u'!':
        return true;
    default:
        return false;
    }
}

// One line, without line breaks, escaped for inside a line (a table cell, a heading, a link's text).
QString escapeLine(QStringView line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'\r' || c == u'\n' || c == u'\t')
            out += u' ';
        else if (c.category() == QChar::Other_Control)
            continue; // never part of a name worth showing, and some break the page's layout
        else {
            if (needsBackslash(c))
                out += u'\\';
            out += c;
        }
    }
    return out;
}

// A line that starts a line of the page, where '#', '-', '+', '=' and "1." or "1)" start headings,
// lists and rules ('>' is an entity already).
QString escapeLineStart(QStringView line)
{
    QString out = escapeLine(line);
    if (!out.isEmpty() && (out.front() == u'#' || out.front() == u'-' || out.front() == u'+' || out.front() == u'='))
        out.prepend(u'\\');
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.insert(digits, u'\\');
    return out;
}

} // namespace

QString inlineText(const QString &text)
{
    return escapeLine(QString(text).replace(u'\n', u' ').trimmed());
}

QString cell(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(escapeLine(QStringView(line).trimmed()));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QString joined = lines.join(u"<br>"_s);
    return joined.isEmpty() ? u" "_s : joined;
}

QString paragraphs(const QString &text)
{
    QStringList blocks;
    QStringList lines;
    const auto flush = [&] {
        if (!lines.isEmpty())
            blocks.append(lines.join(u"<br>\n"_s));
        lines.clear();
    };
    for (const QString &line : QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n')) {
        const QStringView trimmed = QStringView(line).trimmed();
        if (trimmed.isEmpty())
            flush();
        else
            lines.append(escapeLineStart(trimmed));
    }
    flush();
    return blocks.join(u"\n\n"_s);
}

QString code(const QString &text, bool inTable)
{
    QString content = text;
    content.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    if (content.isEmpty())
        return {};
    // The fence is one backtick longer than the longest run inside.
    qsizetype longest = 0;
    for (qsizetype i = 0, run = 0; i < content.size(); ++i) {
        run = content.at(i) == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    // A span that starts or ends with a backtick or a space needs a space of padding, which the
    // renderer strips again.
    const bool pad = content.front() == u'`' || content.back() == u'`' || content.front() == u' ';
    if (inTable)
        content.replace(u'|', u"\\|"_s);
    return pad ? QString(fence + u' ' + content + u' ' + fence) : QString(fence + content + fence);
}

QString linkTarget(const QString &path)
{
    const QByteArray encoded = path.toUtf8().toPercentEncoding("/._~-");
    return QString::fromLatin1(encoded);
}

QString link(const QString &text, const QString &target)
{
    return u'[' + inlineText(text) + u"]("_s + linkTarget(target) + u')';
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = u"| "_s + header.join(u" | "_s) + u" |\n|"_s;
    for (qsizetype i = 0; i < header.size(); ++i)
        out += u" --- |"_s;
    out += u'\n';
    for (const QStringList &row : rows)
        out += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    return out;
}

} // namespace Strata::MarkdownText
