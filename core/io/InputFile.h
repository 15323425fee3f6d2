#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace duban::core {

/// Reads a whole input file (a plan document, a CSV of observations) for every command and dialog that
/// reads one. The path is checked before it is opened: only a regular file is read (a folder, a FIFO, a
/// device or a socket is refused without opening it, so a FIFO never blocks and /dev/zero is never read),
/// and a file above the size limit is refused without reading it. An empty file is refused too.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::InputFile)
public:
    /// Plan documents and observation files: larger ones are refused (the importer reads 20 MB at most).
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    /// Why a file was not read.
    enum class Problem
    {
        None,
        Missing,    ///< nothing at the path
        Folder,     ///< a folder
        NotRegular, ///< a FIFO, a device, a socket
        TooLarge,   ///< above the limit
        Empty,      ///< 0 bytes
        Unreadable, ///< permissions, I/O error
    };

    struct Result
    {
        QByteArray bytes;
        Problem problem = Problem::None;
        QString message; ///< for people; names the file (and the sizes, for TooLarge)

        bool ok() const { return problem == Problem::None; }
    };

    /// The bytes of the file at `path`, at most `maxBytes` of them.
    static Result read(const QString &path, qint64 maxBytes = MaxBytes);
    /// The checks read() makes before opening the file (existence, kind, size); `bytes` stays empty.
    static Result check(const QString &path, qint64 maxBytes = MaxBytes);
};

} // namespace duban::core
