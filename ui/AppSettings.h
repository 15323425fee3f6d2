#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace duban::ui {

/// One typed setting: its key and default declared once.
template <typename T> struct Setting
{
    const char *key;
    T defaultValue;

    T get(const QSettings &s) const
    {
        return s.value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    void set(QSettings &s, const T &value) const
    {
        s.setValue(QLatin1String(key), QVariant::fromValue(value));
    }
};

/// Every user setting of the application, with its type and default, in one place.
namespace settings {
inline const Setting<QString> language{"ui/language", QStringLiteral("system")}; ///< "system", "en", "zh_CN"
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
