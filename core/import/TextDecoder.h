#pragma once

#include <QCoreApplication>

#include "core/import/ImportError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

/// Turns the bytes of a plain-text document into a QString, detecting UTF-8 (with or without BOM),
/// UTF-16 with BOM and GB18030/GBK, and rejecting empty, binary, oversized or undecodable input.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::TextDecoder)

public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024; ///< larger files are refused (InputFile::MaxBytes)

    /// Decoded text, or the error that prevented decoding.
    struct Result
    {
        QString text;
        QString encoding;
        std::optional<ImportError> error;
        /// 1-based lines on which undecodable bytes were replaced by U+FFFD, in order (empty for clean text).
        QList<int> damagedLines;
    };

    static Result decode(const QByteArray &bytes);
    /// Reads the file through InputFile (a regular file within MaxBytes) and decodes it.
    static Result decodeFile(const QString &path);

private:
    static std::optional<ImportError> checkBinary(const QByteArray &bytes);
};

} // namespace duban::core
