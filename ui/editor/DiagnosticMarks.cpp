#include "editor/DiagnosticMarks.h"

#include "editor/EditorStyle.h"
#include "editor/Qsci.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Strata::Ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Strata::Ui::DiagnosticMarks", text);
}

// A round error badge or a triangular warning badge with an exclamation mark, drawn in the palette's
// colors at the size of a text line (an SVG icon would not follow the palette).
QImage markerImage(bool error, const QColor &color, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal s = size;
    if (error) {
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    } else {
        QPainterPath triangle;
        triangle.moveTo(s / 2, 0.5);
        triangle.lineTo(s - 0.5, s - 1);
        triangle.lineTo(0.5, s - 1);
        triangle.closeSubpath();
        painter.drawPath(triangle);
    }
    QPen pen(error ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
    pen.setWidthF(qMax(1.5, s / 7.5));
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    const qreal top = error ? s * 0.25 : s * 0.35;
    painter.drawLine(QPointF(s / 2, top), QPointF(s / 2, s * 0.58));
    painter.drawPoint(QPointF(s / 2, s * (error ? 0.76 : 0.78)));
    return image;
}

bool isTokenByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.'
        || c == '-' || c == '+' || (static_cast<unsigned char>(c) >= 0x80);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

DiagnosticMarks::DiagnosticMarks(QsciScintilla *editor)
    : m_editor(editor)
{
    m_errorIndicator = m_editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_warningIndicator = m_editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_errorTint = m_editor->indicatorDefine(QsciScintilla::StraightBoxIndicator);
    m_warningTint = m_editor->indicatorDefine(QsciScintilla::StraightBoxIndicator);
    for (int tint : {m_errorTint, m_warningTint}) {
        m_editor->setIndicatorDrawUnder(true, tint);
        send(QsciScintillaBase::SCI_INDICSETOUTLINEALPHA, tint, 0);
    }
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_warningMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_editor->setMarginType(MarkerMargin, QsciScintilla::SymbolMargin);
    m_editor->setMarginMarkerMask(MarkerMargin, (1 << m_errorMarker) | (1 << m_warningMarker));
    m_editor->setMarginSensitivity(MarkerMargin, false);
}

void DiagnosticMarks::applyPalette(const QPalette &palette)
{
    const QColor error = EditorStyle::errorColor(palette);
    const QColor warning = EditorStyle::warningColor(palette);
    m_editor->setIndicatorForegroundColor(error, m_errorIndicator);
    m_editor->setIndicatorForegroundColor(warning, m_warningIndicator);
    m_editor->setIndicatorForegroundColor(error, m_errorTint);
    m_editor->setIndicatorForegroundColor(warning, m_warningTint);
    const bool dark = EditorStyle::isDark(palette);
    send(QsciScintillaBase::SCI_INDICSETALPHA, m_errorTint, dark ? 48 : 30);
    send(QsciScintillaBase::SCI_INDICSETALPHA, m_warningTint, dark ? 40 : 40);
    const int lineHeight = int(send(QsciScintillaBase::SCI_TEXTHEIGHT, 0));
    const int size = qBound(9, lineHeight - 4, 18);
    m_editor->markerDefine(markerImage(true, error, size), m_errorMarker);
    m_editor->markerDefine(markerImage(false, warning, size), m_warningMarker);
    m_editor->setMarginWidth(MarkerMargin, size + 6);
}

void DiagnosticMarks::clear()
{
    const long length = send(QsciScintillaBase::SCI_GETLENGTH);
    for (int indicator : {m_errorIndicator, m_warningIndicator, m_errorTint, m_warningTint}) {
        send(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
        send(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
    }
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->markerDeleteAll(m_warningMarker);
    m_diagnostics.clear();
    m_groups.clear();
    m_markerHandles.clear();
}

void DiagnosticMarks::set(const Diagnostics &diagnostics)
{
    clear();
    m_diagnostics = diagnostics;
    m_markerHandles.fill(-1, m_diagnostics.size());
    // Keyed by start and a length that is negative for errors, to keep the severities apart.
    QHash<std::pair<qsizetype, qsizetype>, int> groupOfRange;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = m_diagnostics.at(i);
        const bool error = diagnostic.isError();
        const int line = lineOf(diagnostic);
        if (line >= 0)
            m_markerHandles[i] = m_editor->markerAdd(line, error ? m_errorMarker : m_warningMarker);

        const auto [start, length] = rangeOf(diagnostic);
        if (start < 0 || length <= 0)
            continue;
        const auto key = std::make_pair(start, error ? -length : length);
        const auto found = groupOfRange.constFind(key);
        if (found != groupOfRange.constEnd()) {
            m_groups[*found].append(i);
            continue;
        }
        groupOfRange.insert(key, int(m_groups.size()));
        m_groups.append(QList<int>{i});
        for (int indicator : {error ? m_errorIndicator : m_warningIndicator, error ? m_errorTint : m_warningTint}) {
            send(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
            send(QsciScintillaBase::SCI_SETINDICATORVALUE, m_groups.size());
            send(QsciScintillaBase::SCI_INDICATORFILLRANGE, start, length);
        }
    }
}

std::pair<qsizetype, qsizetype> DiagnosticMarks::rangeOf(const Diagnostic &diagnostic) const
{
    const SourceLocation &location = diagnostic.location;
    const qsizetype documentLength = send(QsciScintillaBase::SCI_GETLENGTH);
    qsizetype start = -1;
    if (location.offset >= 0 && location.offset <= documentLength) {
        start = location.offset;
        const qsizetype length = qMin(location.length, documentLength - start);
        if (length > 0)
            return {start, length};
    } else if (location.line > 0) {
        if (location.line > send(QsciScintillaBase::SCI_GETLINECOUNT))
            return {-1, 0};
        const qsizetype lineStart = send(QsciScintillaBase::SCI_POSITIONFROMLINE, location.line - 1);
        const qsizetype lineEnd = send(QsciScintillaBase::SCI_GETLINEENDPOSITION, location.line - 1);
        if (location.column <= 0) {
            // No column: the line without its indentation and trailing blanks.
            qsizetype first = lineStart;
            qsizetype last = lineEnd;
            while (first < last && isBlank(char(send(QsciScintillaBase::SCI_GETCHARAT, first))))
                ++first;
            while (last > first && isBlank(char(send(QsciScintillaBase::SCI_GETCHARAT, last - 1))))
                --last;
            return {first, last - first};
        }
        // Columns count code points, which is what Scintilla's relative positions count too.
        start = lineStart;
        if (location.column > 1) {
            start = send(QsciScintillaBase::SCI_POSITIONRELATIVE, lineStart, location.column - 1);
            if (start <= lineStart || start > lineEnd)
                start = lineEnd;
        }
        while (start < lineEnd && isBlank(char(send(QsciScintillaBase::SCI_GETCHARAT, start))))
            ++start;
    } else {
        return {-1, 0};
    }

    // Only a place is known: underline the token that starts there.
    const int line = int(send(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    const qsizetype lineStart = send(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const qsizetype lineEnd = send(QsciScintillaBase::SCI_GETLINEENDPOSITION, line);
    const qsizetype end = tokenEnd(start, lineEnd);
    if (end > start)
        return {start, end - start};
    // At the end of a line (a missing comma, a truncated file): the character before it, so that
    // the squiggle can be seen.
    if (start > lineStart) {
        const qsizetype before = send(QsciScintillaBase::SCI_POSITIONBEFORE, start);
        return {before, start - before};
    }
    return {start, 0};
}

qsizetype DiagnosticMarks::tokenEnd(qsizetype start, qsizetype lineEnd) const
{
    if (start >= lineEnd)
        return start;
    auto charAt = [this](qsizetype position) { return char(send(QsciScintillaBase::SCI_GETCHARAT, position)); };
    const char first = charAt(start);
    if (first == '"' || first == '\'' || first == '`') {
        // A quoted string or identifier, with JSON's backslash escapes and SQL's doubled quotes.
        qsizetype position = start + 1;
        while (position < lineEnd) {
            const char c = charAt(position);
            if (c == '\\' && first == '"') {
                position += 2;
                continue;
            }
            if (c == first) {
                if (first != '"' && position + 1 < lineEnd && charAt(position + 1) == first) {
                    position += 2;
                    continue;
                }
                return position + 1;
            }
            ++position;
        }
        return lineEnd;
    }
    if (isTokenByte(first)) {
        qsizetype position = start;
        while (position < lineEnd && isTokenByte(charAt(position)))
            ++position;
        return position;
    }
    return send(QsciScintillaBase::SCI_POSITIONAFTER, start);
}

int DiagnosticMarks::lineOf(const Diagnostic &diagnostic) const
{
    const auto [start, length] = rangeOf(diagnostic);
    if (start >= 0)
        return int(send(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    const int lines = int(send(QsciScintillaBase::SCI_GETLINECOUNT));
    if (diagnostic.location.line > 0)
        return qMin(diagnostic.location.line, lines) - 1;
    // A finding about the whole file: on its first line.
    return 0;
}

Diagnostics DiagnosticMarks::at(qsizetype position) const
{
    Diagnostics found;
    if (position < 0)
        return found;
    for (int indicator : {m_errorIndicator, m_warningIndicator}) {
        const long value = send(QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position);
        if (value <= 0 || value > m_groups.size())
            continue;
        for (int index : m_groups.at(value - 1))
            found.append(m_diagnostics.at(index));
    }
    return found;
}

Diagnostics DiagnosticMarks::onLine(int line) const
{
    Diagnostics found;
    for (int i = 0; i < m_markerHandles.size(); ++i) {
        const int handle = m_markerHandles.at(i);
        if (handle >= 0 && send(QsciScintillaBase::SCI_MARKERLINEFROMHANDLE, handle) == line)
            found.append(m_diagnostics.at(i));
    }
    return found;
}

QString DiagnosticMarks::toolTip(const Diagnostics &diagnostics)
{
    // The first line of each finding does not wrap: Qt's tooltip otherwise breaks even a short
    // message after a few words.
    QString html;
    for (const Diagnostic &diagnostic : diagnostics) {
        html += QStringLiteral("<p style='white-space:pre'><b>%1</b> %2")
                    .arg(diagnostic.isError() ? translate("Error:") : translate("Warning:"),
                         diagnostic.message.toHtmlEscaped());
        if (!diagnostic.code.isEmpty())
            html += QStringLiteral(" <small>[%1]</small>").arg(diagnostic.code.toHtmlEscaped());
        html += QStringLiteral("</p>");
        if (!diagnostic.help.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(diagnostic.help.toHtmlEscaped());
    }
    return html;
}

long DiagnosticMarks::send(unsigned int message, unsigned long wParam, long lParam) const
{
    return m_editor->SendScintilla(message, wParam, lParam);
}

} // namespace Strata::Ui
