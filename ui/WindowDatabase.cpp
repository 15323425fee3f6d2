#include "WindowDatabase.h"

#include <QDir>
#include <QFileInfo>

namespace duban::ui {

std::unique_ptr<core::Database> WindowDatabase::open(const QString &path, const Question &confirmCreate,
                                                     core::StorageError *error)
{
    const QFileInfo file(path);
    if (file.exists() || file.isSymLink()) {
        // A large file that changed since its last check is checked by the window in the background
        // (MainWindow), with edits held until it passes, instead of before the window appears.
        core::Database::OpenOptions options;
        options.mustExist = true;
        options.deferIntegrityCheck = true;
        return core::Database::open(path, error, options);
    }
    const bool standard =
        file.absoluteFilePath() == QFileInfo(core::Database::defaultPath()).absoluteFilePath();
    if (!standard) {
        const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
        if (!confirmCreate ||
            !confirmCreate(tr("No database at %1. Create a new empty ledger there?").arg(shown))) {
            if (error) {
                error->code = core::StorageError::Code::Missing;
                error->message = tr("No database at %1; nothing was created.").arg(shown);
            }
            return nullptr;
        }
    }
    return core::Database::open(path, error);
}

} // namespace duban::ui
