#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>

namespace duban::core {

/// The parts of a workbook's zip container (an .xlsx file held in memory), unpacked by minizip within a
/// budget of unpacked bytes shared by every part read: what keeps a zip bomb from filling the memory.
/// XlsxReader's own; the messages are the reader's.
class XlsxZip final
{
    Q_DISABLE_COPY_MOVE(XlsxZip)
public:
    /// Why a part was not read.
    enum class Status
    {
        Ok,
        Missing,    ///< no part of that name
        OverBudget, ///< it unpacks to more than the budget left
        Damaged,    ///< its data does not unpack, or its checksum is wrong
        Encrypted,  ///< zip encryption
    };
    /// The archive's bytes and where minizip reads in them (its file functions read memory).
    struct Memory;

    /// Opens the zip archive in `bytes`, which must outlive this object.
    XlsxZip(const QByteArray &bytes, qint64 budget);
    ~XlsxZip();

    /// Whether `bytes` is a zip archive whose directory could be read.
    bool isOpen() const { return m_zip != nullptr; }
    /// Whether the archive has a part named `name` (letter case aside, as Excel has it).
    bool contains(const QString &name) const;
    /// Unpacks the part named `name` into `out`, charging its size to the budget.
    Status read(const QString &name, QByteArray *out);

private:
    struct Entry
    {
        std::uint64_t directoryOffset = 0; ///< of its entry in the zip directory (minizip's file position)
        std::uint64_t directoryIndex = 0;
        std::uint64_t size = 0; ///< unpacked, as the directory says
        bool encrypted = false;
    };

    bool listEntries();
    Status unpack(const Entry &entry, QByteArray *out);

    std::unique_ptr<Memory> m_memory;
    void *m_zip = nullptr;           ///< minizip's unzFile
    QHash<QString, Entry> m_entries; ///< by lower-case name
    qint64 m_budget = 0;
};

} // namespace duban::core
