#include <strata/docs/HtmlText.h>

using namespace Qt::StringLiterals;

namespace Strata::HtmlText {

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; continue;
        case u'<': out += u"&lt;"_s; continue;
        case u'>': out += u"&gt;"_s; continue;
        case u'"': out += u"&quot;"_s; continue;
        case u'\'': out += u"&#39;"_s; continue;
        case u'\t': case u'\n': case u'\r': out += c; continue;
        default: break;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString anchor(QStringView prefix, QStringView name)
{
    QString out = prefix.toString();
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-')
            out += c;
        else
            out += u'.' + QString::number(u, 16);
    }
    return out;
}

} // namespace Strata::HtmlText
