#pragma once

#include "core/settings/UserSetting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace duban::ui {

using core::Setting;

/// Every user setting of the application, with its type and default, in one place.
namespace settings {
using core::settings::actorName;
using core::settings::language;
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QByteArray> ledgerSplitter{"ledger/splitter", {}};
/// The ledger's columns in the order shown, each "key=width" (LedgerModel::columnKey), and the keys of
/// the hidden ones: by key, so that a column added in a later version simply appears.
inline const Setting<QStringList> ledgerColumns{"ledger/columns", {}};
inline const Setting<QStringList> ledgerHiddenColumns{"ledger/hiddenColumns", {}};
/// The ledger's sort: a column key, then ":asc" or ":desc".
inline const Setting<QString> ledgerSort{"ledger/sort", {}};
inline const Setting<QByteArray> unitDialogGeometry{"units/geometry", {}};
inline const Setting<QString> lastImportFolder{"import/lastFolder", {}};
inline const Setting<QString> bodyFont{"briefing/bodyFont", QStringLiteral("AR PL UMing CN")};
inline const Setting<QString> headingFont{"briefing/headingFont", QStringLiteral("WenQuanYi Micro Hei")};
} // namespace settings

} // namespace duban::ui
