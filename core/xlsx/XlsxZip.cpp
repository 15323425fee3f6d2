#include "XlsxZip.h"

#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace duban::core {

struct XlsxZip::Memory
{
    const QByteArray *bytes = nullptr;
    std::uint64_t at = 0;
};

namespace {

using Memory = XlsxZip::Memory;

voidpf ZCALLBACK openMemory(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK readMemory(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *memory = static_cast<Memory *>(stream);
    const auto total = std::uint64_t(memory->bytes->size());
    const std::uint64_t count = std::min<std::uint64_t>(size, total - std::min(total, memory->at));
    if (count > 0)
        std::memcpy(buffer, memory->bytes->constData() + memory->at, count);
    memory->at += count;
    return uLong(count);
}

uLong ZCALLBACK writeMemory(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellMemory(voidpf, voidpf stream)
{
    return static_cast<Memory *>(stream)->at;
}

long ZCALLBACK seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *memory = static_cast<Memory *>(stream);
    const auto total = std::uint64_t(memory->bytes->size());
    std::uint64_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = memory->at;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = total;
    if (offset > total || base + offset > total)
        return -1;
    memory->at = base + offset;
    return 0;
}

int ZCALLBACK closeMemory(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK errorOfMemory(voidpf, voidpf)
{
    return 0;
}

unzFile handle(void *zip)
{
    return static_cast<unzFile>(zip);
}

} // namespace

XlsxZip::XlsxZip(const QByteArray &bytes, qint64 budget)
    : m_memory(std::make_unique<Memory>()), m_budget(budget)
{
    m_memory->bytes = &bytes;
    zlib_filefunc64_def functions = {};
    functions.zopen64_file = openMemory;
    functions.zread_file = readMemory;
    functions.zwrite_file = writeMemory;
    functions.ztell64_file = tellMemory;
    functions.zseek64_file = seekMemory;
    functions.zclose_file = closeMemory;
    functions.zerror_file = errorOfMemory;
    functions.opaque = m_memory.get();
    m_zip = unzOpen2_64("workbook.xlsx", &functions);
    if (m_zip && !listEntries()) {
        unzClose(handle(m_zip));
        m_zip = nullptr;
    }
}

XlsxZip::~XlsxZip()
{
    if (m_zip)
        unzClose(handle(m_zip));
}

bool XlsxZip::listEntries()
{
    unzFile zip = handle(m_zip);
    int status = unzGoToFirstFile(zip);
    while (status == UNZ_OK) {
        unz_file_info64 info = {};
        char name[1024] = {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        unz64_file_pos position = {};
        if (unzGetFilePos64(zip, &position) != UNZ_OK)
            return false;
        Entry entry;
        entry.directoryOffset = position.pos_in_zip_directory;
        entry.directoryIndex = position.num_of_file;
        entry.size = info.uncompressed_size;
        entry.encrypted = (info.flag & 1) != 0;
        // Backslashes are what some Windows tools write for the folder separator.
        const QString key = QString::fromUtf8(name).replace(u'\\', u'/').toLower();
        m_entries.insert(key, entry);
        status = unzGoToNextFile(zip);
    }
    return status == UNZ_END_OF_LIST_OF_FILE;
}

bool XlsxZip::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

XlsxZip::Status XlsxZip::read(const QString &name, QByteArray *out)
{
    out->clear();
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.cend())
        return Status::Missing;
    if (it->encrypted)
        return Status::Encrypted;
    if (it->size > std::uint64_t(std::max<qint64>(m_budget, 0)))
        return Status::OverBudget;
    const Status status = unpack(*it, out);
    if (status != Status::Ok)
        out->clear();
    return status;
}

XlsxZip::Status XlsxZip::unpack(const Entry &entry, QByteArray *out)
{
    unzFile zip = handle(m_zip);
    const unz64_file_pos position = {entry.directoryOffset, entry.directoryIndex};
    if (unzGoToFilePos64(zip, &position) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return Status::Damaged;
    out->reserve(qsizetype(entry.size));
    char chunk[64 * 1024];
    int count = 0;
    // The directory's size may lie: the bytes unpacked are counted too.
    while ((count = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0) {
        if (out->size() + count > m_budget) {
            unzCloseCurrentFile(zip);
            return Status::OverBudget;
        }
        out->append(chunk, count);
    }
    const int closed = unzCloseCurrentFile(zip); // UNZ_CRCERROR when the checksum is wrong
    if (count < 0 || closed != UNZ_OK)
        return Status::Damaged;
    m_budget -= out->size();
    return Status::Ok;
}

} // namespace duban::core
