#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace duban::ui {

/// Opens the database the window works on. A missing file is created without asking only when it is the
/// default database; any other missing file (a mistyped --db or DUBAN_DB, a name typed in the file dialog)
/// is created only if `confirmCreate` says yes — otherwise nothing is created, not even its folder.
class WindowDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::WindowDatabase)
public:
    /// Asked "No database at PATH. Create a new empty ledger there?"; true creates it.
    using Question = std::function<bool(const QString &question)>;

    /// The database at `path`, or null with `error` set (Code::Missing when the creation was declined).
    static std::unique_ptr<core::Database> open(const QString &path, const Question &confirmCreate,
                                                core::StorageError *error);
};

} // namespace duban::ui
