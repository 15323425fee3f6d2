#include "TextDecoder.h"

#include "core/io/InputFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

ImportError makeError(ImportError::Code code, const QString &message)
{
    return ImportError{code, message};
}

/// Counts well-formed multi-byte sequences and malformed bytes of UTF-8 input.
struct Utf8Scan
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
    QList<int> invalidLines; ///< 1-based lines with malformed bytes, each once
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    int line = 1;
    auto invalidByte = [&] {
        ++scan.invalid;
        if (scan.invalidLines.isEmpty() || scan.invalidLines.last() != line)
            scan.invalidLines.append(line);
    };
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n')
                ++line;
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80; // bounds of the second byte (exclude overlong forms and surrogates)
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            invalidByte();
            ++i;
            continue;
        }
        bool ok = i + extra < n && p[i + 1] >= low && p[i + 1] <= high;
        for (int k = 2; ok && k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
        }
        if (ok) {
            ++scan.multiByte;
            i += extra + 1;
        } else {
            invalidByte();
            ++i;
        }
    }
    return scan;
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF) && c != QChar(0x200B))
            return false;
    }
    return true;
}

TextDecoder::Result finish(QString text, const QString &encoding)
{
    TextDecoder::Result result;
    if (isBlank(text)) {
        result.error =
            makeError(ImportError::Code::Empty,
                      TextDecoder::tr("The file contains only white space; there is no text to import."));
        return result;
    }
    result.text = std::move(text);
    result.encoding = encoding;
    return result;
}

} // namespace

std::optional<ImportError> TextDecoder::checkBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return makeError(
            ImportError::Code::Binary,
            TextDecoder::tr("This is a PDF file, not text. Extract its text first (for example with "
                            "pdftotext) and import the .txt file."));
    if (bytes.startsWith("PK\x03\x04"))
        return makeError(
            ImportError::Code::Binary,
            TextDecoder::tr("This is a ZIP archive (perhaps a .docx or .xlsx document), not text. Save it as "
                            "plain text and import that."));
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())) != nullptr)
        return makeError(
            ImportError::Code::Binary,
            TextDecoder::tr("The file contains NUL bytes: it is a binary file, not a text document."));
    qsizetype control = 0;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F)
            ++control;
    }
    if (control > 16 && control * 50 > bytes.size())
        return makeError(ImportError::Code::Binary,
                         TextDecoder::tr("The file is binary: %1 of its %2 bytes are control characters.")
                             .arg(control)
                             .arg(bytes.size()));
    return std::nullopt;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > MaxBytes) {
        result.error =
            makeError(ImportError::Code::TooLarge,
                      TextDecoder::tr("The file is %1 MB; documents larger than %2 MB are not imported.")
                          .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                          .arg(MaxBytes / (1024 * 1024)));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = makeError(ImportError::Code::Empty, TextDecoder::tr("The file is empty (0 bytes)."));
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes.sliced(2));
        if (decoder.hasError()) {
            result.error = makeError(
                ImportError::Code::Undecodable,
                TextDecoder::tr("The file starts with a UTF-16 byte order mark but is not valid UTF-16."));
            return result;
        }
        return finish(std::move(text), little ? u"UTF-16LE"_s : u"UTF-16BE"_s);
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.sliced(3) : bytes;
    if (auto binary = checkBinary(body)) {
        result.error = binary;
        return result;
    }
    const Utf8Scan scan = scanUtf8(body);
    // Valid UTF-8, or UTF-8 with a few damaged bytes (replaced by U+FFFD), is taken as UTF-8.
    if (bom || scan.invalid == 0 || scan.invalid * 50 <= scan.multiByte) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(body);
        QString encoding = bom ? u"UTF-8 BOM"_s : u"UTF-8"_s;
        if (scan.invalid > 0)
            encoding += u" (%1 invalid bytes replaced)"_s.arg(scan.invalid);
        Result decoded = finish(std::move(text), encoding);
        decoded.damagedLines = scan.invalidLines;
        return decoded;
    }
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (!gb.isValid()) {
        result.error =
            makeError(ImportError::Code::Undecodable,
                      TextDecoder::tr("The file is not UTF-8 and this system cannot decode GB18030."));
        return result;
    }
    QString text = gb.decode(body);
    const auto replaced = text.count(QChar::ReplacementCharacter);
    if (gb.hasError() && replaced * 100 > text.size()) {
        result.error =
            makeError(ImportError::Code::Undecodable,
                      TextDecoder::tr("The file is neither UTF-8 nor GB18030/GBK text (%1 undecodable "
                                      "characters); save it as UTF-8 and try again.")
                          .arg(replaced));
        return result;
    }
    QList<int> damaged;
    if (gb.hasError()) {
        int line = 1;
        for (QChar ch : std::as_const(text)) {
            if (ch == u'\n')
                ++line;
            else if (ch == QChar::ReplacementCharacter && (damaged.isEmpty() || damaged.last() != line))
                damaged.append(line);
        }
    }
    Result decoded = finish(std::move(text), u"GB18030"_s);
    decoded.damagedLines = damaged;
    return decoded;
}

TextDecoder::Result TextDecoder::decodeFile(const QString &path)
{
    const InputFile::Result file = InputFile::read(path, MaxBytes);
    if (!file.ok()) {
        Result result;
        switch (file.problem) {
        case InputFile::Problem::TooLarge:
            result.error = makeError(ImportError::Code::TooLarge, file.message);
            break;
        case InputFile::Problem::Empty:
            result.error = makeError(ImportError::Code::Empty, file.message);
            break;
        default:
            result.error = makeError(ImportError::Code::Unreadable, file.message);
            break;
        }
        return result;
    }
    return decode(file.bytes);
}

} // namespace duban::core
