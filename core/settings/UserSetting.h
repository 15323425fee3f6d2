#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace duban::core {

/// One typed per-user setting (QSettings): its key and default declared once.
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

namespace settings {
/// The interface language, "system", "en" or "zh_CN". Here rather than with the window's settings because
/// the headless commands, which load no widgets, print in it too.
inline const Setting<QString> language{"ui/language", QStringLiteral("system")};
/// The acting user's name, recorded with every step and edit (留痕, Database::setActor); empty: the login
/// name. Here for the same reason: the commands may record steps in it too.
inline const Setting<QString> actorName{"identity/name", {}};
} // namespace settings

} // namespace duban::core
