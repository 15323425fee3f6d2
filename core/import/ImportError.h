#pragma once

#include <QString>

namespace duban::core {

/// Why a document could not be imported at all (as opposed to an ImportWarning on an imported plan).
struct ImportError
{
    enum class Code
    {
        Unreadable,
        Empty,
        Binary,
        TooLarge,
        Undecodable,
        NoTasks
    };

    Code code = Code::Unreadable;
    QString message; ///< specific, human-readable English text

    friend bool operator==(const ImportError &, const ImportError &) = default;
};

} // namespace duban::core
