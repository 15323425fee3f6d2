#pragma once

#include <QString>

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
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

} // namespace duban::core
