#pragma once

#include "core/domain/Unit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban::core {

/// Maps unit names as written to the unit directory (exact name, alias, or a bracketed second name),
/// tells groups (园区, 各街道（镇）…) from units, and finds close-but-different names to warn about.
class UnitResolver final
{
public:
    /// How one written name was resolved.
    struct Resolution
    {
        QString name;       ///< canonical name, or the written name when it is not in the directory
        bool known = false; ///< found in the directory
        QString candidate;  ///< a close directory name when not known (never merged)
        Unit::Kind kind = Unit::Kind::Unit;
    };

    explicit UnitResolver(QList<Unit> directory = {});

    Resolution resolve(const QString &written) const;
    const QList<Unit> &directory() const { return m_directory; }

    /// 园区, 各街道（镇）, 新区各国有公司, 其他有关单位, 各相关部门（单位）, 有关园区, 各区县, …成员单位 …
    static bool isGroupName(const QString &name);
    /// The name without a trailing bracketed second name: 新区开发建设局（交通运输局） → 新区开发建设局.
    static QString baseName(const QString &name);
    /// The bracketed second name, if any: 交通运输局.
    static QString secondName(const QString &name);
    /// Different names that probably mean the same unit (新区组织部 / 新区组织工作部,
    /// 新区开发建设局 / 新区开发建设有限公司, or the same base with different second names).
    static bool areClose(const QString &a, const QString &b);
    /// Up to `limit` names of `known` that look most like `name` (close names first, then by the share of
    /// characters in common, in order), for "did you mean" when a typed unit is not in the directory.
    static QStringList closestNames(const QString &name, const QStringList &known, int limit);

private:
    QList<Unit> m_directory;
    QHash<QString, qsizetype> m_index; ///< name, alias, base name or second name → directory index
};

} // namespace duban::core
