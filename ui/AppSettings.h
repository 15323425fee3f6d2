#pragma once

#include "core/settings/UserSetting.h"

#include <QByteArray>
#include <QString>

namespace duban::ui {

using core::Setting;

/// Every user setting of the application, with its type and default, in one place.
namespace settings {
using core::settings::language;
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QByteArray> ledgerSplitter{"ledger/splitter", {}};
inline const Setting<QByteArray> ledgerHeader{"ledger/header", {}};
inline const Setting<QByteArray> unitDialogGeometry{"units/geometry", {}};
inline const Setting<QString> lastImportFolder{"import/lastFolder", {}};
inline const Setting<QString> bodyFont{"briefing/bodyFont", QStringLiteral("AR PL UMing CN")};
inline const Setting<QString> headingFont{"briefing/headingFont", QStringLiteral("WenQuanYi Micro Hei")};
} // namespace settings

} // namespace duban::ui
