#pragma once

#include <QString>
#include <QStringList>

namespace duban::core {

/// Why a database could not be opened or written; the message is for the user.
struct StorageError
{
    enum class Code
    {
        None,
        CannotCreate,
        NotADubanDatabase,
        Corrupt,
        ReadOnly,
        NewerSchema,
        Locked,
        Query,
        NotFound,
        Conflict,
        Missing,  ///< no database at the path, and the caller needs an existing one
        DiskFull, ///< SQLITE_FULL or an I/O error while writing: the file is fine, the disk is not
        IoError,
        Invalid, ///< the input breaks a rule of the capability (bad input): nothing was written
    };

    StorageError() = default;
    StorageError(Code c, QString text) : code(c), message(std::move(text)) {}

    Code code = Code::None;
    QString message;
    QStringList details; ///< e.g. the findings of an integrity check

    bool isError() const { return code != Code::None; }
};

} // namespace duban::core
