#include <strata/common/DiagnosticCodes.h>

namespace Strata {

QString diagnosticCodeString(DiagnosticCode code)
{
    // Built once; every Diagnostic then shares its code's string.
    static const QList<QString> names = [] {
        QList<QString> out;
        out.reserve(qsizetype(diagnosticCodes().size()));
        for (const DiagnosticCodeInfo &info : diagnosticCodes())
            out.append(QString::fromLatin1(info.name.data(), qsizetype(info.name.size())));
        return out;
    }();
    return names.at(qsizetype(code));
}

std::optional<DiagnosticCode> diagnosticCodeNamed(QStringView name)
{
    for (const DiagnosticCodeInfo &info : diagnosticCodes()) {
        if (name == QLatin1String(info.name.data(), qsizetype(info.name.size())))
            return info.code;
    }
    return std::nullopt;
}

QStringList diagnosticCodeNames()
{
    QStringList names;
    names.reserve(qsizetype(diagnosticCodes().size()));
    for (const DiagnosticCodeInfo &info : diagnosticCodes())
        names.append(diagnosticCodeString(info.code));
    return names;
}

} // namespace Strata
