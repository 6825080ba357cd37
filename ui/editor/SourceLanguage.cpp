#include "editor/SourceLanguage.h"

namespace Strata::Ui {

SourceLanguage languageForFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return SourceLanguage::Json;
    if (path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        return SourceLanguage::Sql;
    return SourceLanguage::Plain;
}

} // namespace Strata::Ui
