// Input the importer must refuse with a specific ImportError: empty, binary, oversized, unreadable,
// undecodable, and text without any recognisable task.
#include "core/import/PlanImporter.h"
#include "core/import/TextDecoder.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace duban::core;
using duban::test::TempDir;
using duban::test::writeAll;

namespace {

ImportError::Code codeOf(const ImportOutcome &o)
{
    return o.error ? o.error->code : ImportError::Code::Unreadable;
}

} // namespace

TEST(BadInput, EmptyFileIsEmpty)
{
    // GIVEN a file of 0 bytes
    TempDir dir;
    writeAll(dir.file(u"empty.txt"_s), {});
    // WHEN it is imported
    const ImportOutcome o = PlanImporter().importFile(dir.file(u"empty.txt"_s));
    // THEN the error is Empty, with a message that says so
    ASSERT_FALSE(o.ok());
    EXPECT_FALSE(o.document.has_value());
    EXPECT_EQ(codeOf(o), ImportError::Code::Empty);
    EXPECT_TRUE(o.error->message.contains(u"empty"_s));
}

TEST(BadInput, WhiteSpaceOnlyIsEmpty)
{
    // GIVEN blank lines, ideographic spaces and a BOM only
    const ImportOutcome o = PlanImporter().importBytes(QByteArray("\xEF\xBB\xBF \r\n\t\n\xE3\x80\x80\n"));
    // THEN Empty
    EXPECT_EQ(codeOf(o), ImportError::Code::Empty);
    EXPECT_TRUE(o.error->message.contains(u"white space"_s));
    EXPECT_EQ(codeOf(PlanImporter().importText(u"  \n \n"_s)), ImportError::Code::Empty);
}

TEST(BadInput, NulBytesAreBinary)
{
    // GIVEN bytes with NULs (an image, an executable…)
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append(QByteArray(64, '\0'));
    const ImportOutcome o = PlanImporter().importBytes(bytes);
    // THEN Binary, naming the NUL bytes
    EXPECT_EQ(codeOf(o), ImportError::Code::Binary);
    EXPECT_TRUE(o.error->message.contains(u"NUL"_s));
}

TEST(BadInput, ManyControlCharactersAreBinary)
{
    QByteArray bytes;
    for (int i = 0; i < 400; ++i)
        bytes.append(char(1 + i % 7)).append("ab");
    const ImportOutcome o = PlanImporter().importBytes(bytes);
    EXPECT_EQ(codeOf(o), ImportError::Code::Binary);
    EXPECT_TRUE(o.error->message.contains(u"control characters"_s));
}

TEST(BadInput, PdfAndOfficeFilesAreBinaryWithAHint)
{
    EXPECT_TRUE(
        PlanImporter().importBytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").error->message.contains(u"pdftotext"_s));
    const ImportOutcome docx = PlanImporter().importBytes(QByteArray("PK\x03\x04\x14\x00", 6));
    EXPECT_EQ(codeOf(docx), ImportError::Code::Binary);
    EXPECT_TRUE(docx.error->message.contains(u".docx"_s));
}

TEST(BadInput, FileOverTwentyMegabytesIsTooLargeWithoutBeingRead)
{
    // GIVEN a 21 MB file
    TempDir dir;
    const QString path = dir.file(u"big.txt"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(21LL * 1024 * 1024));
    }
    // WHEN it is imported
    const ImportOutcome o = PlanImporter().importFile(path);
    // THEN TooLarge, with the sizes in the message
    EXPECT_EQ(codeOf(o), ImportError::Code::TooLarge);
    EXPECT_TRUE(o.error->message.contains(u"21.0 MB"_s)) << o.error->message.toStdString();
    EXPECT_TRUE(o.error->message.contains(u"20 MB"_s));
}

TEST(BadInput, BytesOverTwentyMegabytesAreTooLarge)
{
    const QByteArray bytes(int(TextDecoder::MaxBytes + 1), 'a');
    EXPECT_EQ(codeOf(PlanImporter().importBytes(bytes)), ImportError::Code::TooLarge);
}

TEST(BadInput, MissingFileAndFolderAreUnreadable)
{
    TempDir dir;
    const ImportOutcome missing = PlanImporter().importFile(dir.file(u"nope.txt"_s));
    EXPECT_EQ(codeOf(missing), ImportError::Code::Unreadable);
    EXPECT_TRUE(missing.error->message.contains(u"does not exist"_s));
    const ImportOutcome folder = PlanImporter().importFile(dir.path());
    EXPECT_EQ(codeOf(folder), ImportError::Code::Unreadable);
    EXPECT_TRUE(folder.error->message.contains(u"folder"_s));
}

TEST(BadInput, NeitherUtf8NorGb18030IsUndecodable)
{
    // GIVEN bytes that are invalid both as UTF-8 and as GB18030 (0x80 and 0xFF lead bytes)
    QByteArray bytes;
    for (int i = 0; i < 200; ++i)
        bytes.append("\x80\xFF text ");
    const ImportOutcome o = PlanImporter().importBytes(bytes);
    // THEN Undecodable, asking for UTF-8
    EXPECT_EQ(codeOf(o), ImportError::Code::Undecodable);
    EXPECT_TRUE(o.error->message.contains(u"UTF-8"_s));
}

TEST(BadInput, TextWithoutAnyTaskIsNoTasks)
{
    // GIVEN a news item: text, even numbered paragraphs, but no responsible units
    const QString text =
        u"湘江新区召开经济工作会议\n\n3月22日，新区召开会议。\n\n1. 会议听取了汇报。\n\n2. 会议强调要抓好落实。\n"_s;
    const ImportOutcome o = PlanImporter().importText(text);
    // THEN NoTasks, saying what was looked for
    EXPECT_EQ(codeOf(o), ImportError::Code::NoTasks);
    EXPECT_TRUE(o.error->message.contains(u"责任单位"_s));
    EXPECT_FALSE(o.document.has_value());
}

TEST(TextDecoder, DetectsUtf8Gb18030Utf16AndBom)
{
    const QString text = u"湖南湘江新区〔责任单位：新区经济发展局〕"_s;
    const auto utf8 = TextDecoder::decode(text.toUtf8());
    EXPECT_EQ(utf8.text, text);
    EXPECT_EQ(utf8.encoding, u"UTF-8"_s);
    const auto bom = TextDecoder::decode("\xEF\xBB\xBF" + text.toUtf8());
    EXPECT_EQ(bom.text, text);
    EXPECT_EQ(bom.encoding, u"UTF-8 BOM"_s);
    QStringEncoder gbEncoder("GB18030");
    const auto gb = TextDecoder::decode(gbEncoder.encode(text));
    EXPECT_EQ(gb.text, text);
    EXPECT_EQ(gb.encoding, u"GB18030"_s);
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const auto le = TextDecoder::decode("\xFF\xFE" + QByteArray(utf16.encode(text)));
    EXPECT_EQ(le.text, text);
    EXPECT_EQ(le.encoding, u"UTF-16LE"_s);
}

TEST(TextDecoder, Utf8WithAFewDamagedBytesStaysUtf8)
{
    // GIVEN UTF-8 with one broken byte (a damaged download)
    QByteArray bytes = QString(200, QChar(u'湘')).toUtf8();
    bytes[100] = '\xFF';
    const auto r = TextDecoder::decode(bytes);
    // THEN it is read as UTF-8 with a replacement character, not as GB18030 mojibake
    ASSERT_FALSE(r.error.has_value());
    EXPECT_TRUE(r.encoding.startsWith(u"UTF-8"_s));
    EXPECT_TRUE(r.text.contains(QChar::ReplacementCharacter));
    EXPECT_GE(r.text.count(u'湘'), 190);
}

namespace {

/// The lines of the import warnings about replaced bytes.
QList<int> damagedLines(const ImportOutcome &o)
{
    QList<int> lines;
    for (const ImportWarning &w : o.document->warnings) {
        if (w.message.contains(u"invalid"_s) && w.message.contains(u"replaced"_s))
            lines.append(w.line);
    }
    return lines;
}

} // namespace

TEST(BadInput, DamagedUtf8IsAWarningOnExactlyTheDamagedLines)
{
    // GIVEN the small plan in UTF-8 with a stray byte on line 11 and a cut character on line 17
    QList<QByteArray> lines =
        duban::test::readAll(duban::test::dataPath(u"import/small-plan.utf8.txt"_s)).split('\n');
    ASSERT_GT(lines.size(), 17);
    lines[10].insert(12, "\xFF");
    lines[16].insert(9, "\xE6\xB9");
    const ImportOutcome o = PlanImporter().importBytes(lines.join('\n'));
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    // THEN the replaced bytes are import warnings naming exactly those lines
    EXPECT_EQ(damagedLines(o), (QList<int>{11, 17}));
    for (const ImportWarning &w : o.document->warnings) {
        if (w.line == 11) {
            EXPECT_TRUE(w.message.contains(u"UTF-8"_s)) << w.message.toStdString();
        }
    }
}

TEST(BadInput, CleanUtf8AndGb18030HaveNoReplacedBytesWarning)
{
    // GIVEN the same plan clean in UTF-8 and in GB18030
    const ImportOutcome utf8 =
        PlanImporter().importFile(duban::test::dataPath(u"import/small-plan.utf8.txt"_s));
    const ImportOutcome gb =
        PlanImporter().importFile(duban::test::dataPath(u"import/small-plan.gb18030.txt"_s));
    ASSERT_TRUE(utf8.ok());
    ASSERT_TRUE(gb.ok());
    // THEN neither warns about replaced bytes, and GB18030 is still decoded as such
    EXPECT_TRUE(damagedLines(utf8).isEmpty());
    EXPECT_TRUE(damagedLines(gb).isEmpty());
    EXPECT_EQ(gb.encoding, u"GB18030"_s);
    EXPECT_EQ(gb.document->tasks, utf8.document->tasks);
}

TEST(BadInput, DevicesAndFifosAreRefusedWithoutWaitingForThem)
{
    // GIVEN a FIFO nobody writes to, and a device that never ends
    TempDir dir;
    const QString fifo = dir.file(u"pipe.txt"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {fifo, u"/dev/zero"_s}) {
        // WHEN either is imported
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome o = PlanImporter().importFile(path);
        // THEN it is refused at once as not a regular file
        EXPECT_LT(timer.elapsed(), 5000);
        EXPECT_EQ(codeOf(o), ImportError::Code::Unreadable);
        EXPECT_TRUE(o.error->message.contains(u"not a regular file"_s)) << o.error->message.toStdString();
        EXPECT_TRUE(o.error->message.contains(path));
    }
}
