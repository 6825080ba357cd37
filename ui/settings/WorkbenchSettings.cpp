#include "settings/WorkbenchSettings.h"

namespace Strata::Ui {

WorkbenchSettings &workbenchSettings()
{
    static WorkbenchSettings settings;
    return settings;
}

} // namespace Strata::Ui
