#include "XlsxReader.h"

#include "XlsxZip.h"

#include "core/io/InputFile.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

using Problem = XlsxReader::Problem;

/// Excel's largest sheet: 1,048,576 rows, 16,384 columns (A to XFD).
constexpr int MaxRows = 1'048'576;
constexpr int MaxColumns = 16'384;

/// Why a workbook was not read, before the file's name is put in front.
struct Failure
{
    Problem problem = Problem::None;
    QString reason;
};

/// One entry of a part's relationships (its _rels/*.rels).
struct Relationship
{
    QString type;   ///< the type URI; compared by its last segment, which strict OOXML shares
    QString target; ///< the part name it resolves to, from the archive's root
};

struct SheetEntry
{
    QString name;
    XlsxSheet::State state = XlsxSheet::State::Visible;
    QString relationshipId;
};

/// A cell reference such as "AB12" as 0-based (row, column); the $ of absolute references is allowed.
bool parseReference(QStringView text, int *row, int *column)
{
    qint64 c = 0;
    qint64 r = 0;
    qsizetype i = 0;
    if (i < text.size() && text.at(i) == u'$')
        ++i;
    const qsizetype lettersFrom = i;
    for (; i < text.size() && text.at(i).isLetter() && text.at(i).unicode() < 128; ++i) {
        c = c * 26 + (text.at(i).toUpper().unicode() - u'A' + 1);
        if (c > MaxColumns)
            return false;
    }
    if (i == lettersFrom)
        return false;
    if (i < text.size() && text.at(i) == u'$')
        ++i;
    const qsizetype digitsFrom = i;
    for (; i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128; ++i) {
        r = r * 10 + (text.at(i).unicode() - u'0');
        if (r > MaxRows)
            return false;
    }
    if (i == digitsFrom || i != text.size() || r == 0)
        return false;
    *row = int(r - 1);
    *column = int(c - 1);
    return true;
}

bool parseRange(QStringView text, XlsxRange *range)
{
    const qsizetype colon = text.indexOf(u':');
    const QStringView first = colon < 0 ? text : text.first(colon);
    const QStringView last = colon < 0 ? text : text.sliced(colon + 1);
    if (!parseReference(first, &range->firstRow, &range->firstColumn) ||
        !parseReference(last, &range->lastRow, &range->lastColumn))
        return false;
    if (range->firstRow > range->lastRow)
        std::swap(range->firstRow, range->lastRow);
    if (range->firstColumn > range->lastColumn)
        std::swap(range->firstColumn, range->lastColumn);
    return true;
}

/// Text with Excel's escapes of characters XML cannot hold (_x000D_ for a carriage return) decoded.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

/// The attribute of `xml`'s current element with the local name `name` in any namespace but none (r:id).
QString namespacedAttribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == name && !a.namespaceUri().isEmpty())
            return a.value().toString();
    return {};
}

/// The part name `target` stands for in a relationship of `source` (relative to its folder, or from the
/// root when it starts with '/', as openpyxl writes them).
QString resolveTarget(const QString &source, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = source.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : source.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

/// Where the relationships of part `part` are: xl/workbook.xml → xl/_rels/workbook.xml.rels.
QString relationshipsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

/// The part whose relationships `relationships` holds: xl/_rels/workbook.xml.rels → xl/workbook.xml,
/// _rels/.rels → "" (the package).
QString sourceOf(const QString &relationships)
{
    const qsizetype folder = relationships.lastIndexOf(u"_rels/");
    QString name = relationships.mid(folder + 6);
    name.chop(5); // ".rels"
    return relationships.left(folder) + name;
}

/// Whether the relationship type URI `type` ends in `last` (".../relationships/worksheet"): transitional
/// and strict OOXML differ only before it.
bool typeIs(const QString &type, QStringView last)
{
    return type.endsWith(last) && type.size() > last.size() && type.at(type.size() - last.size() - 1) == u'/';
}

/// Reads a workbook part by part: the workbook and its relationships, the shared strings, the styles,
/// then each worksheet; the first failure stops it.
class WorkbookParser final
{
public:
    WorkbookParser(XlsxZip &zip, const XlsxLimits &limits) : m_zip(zip), m_limits(limits) {}

    std::optional<XlsxWorkbook> parse();
    const Failure &failure() const { return m_failure; }

private:
    bool fail(Problem problem, const QString &reason);
    bool notWorkbook(const QString &part);
    bool failXml(const QString &part, const QXmlStreamReader &xml);
    bool readPart(const QString &part, QByteArray *out);

    QString workbookPart();
    bool readRelationships(const QString &part, QHash<QString, Relationship> *out);
    bool readWorkbook(const QString &part, QList<SheetEntry> *sheets, bool *date1904);
    QString readRichText(QXmlStreamReader &xml);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool readSheet(const QString &part, XlsxSheet *sheet);
    bool readCell(QXmlStreamReader &xml, const QString &part, int row, int column, XlsxSheet *sheet);
    bool setValue(const QString &part, const QString &reference, QStringView type, const QString &value,
                  XlsxCell *cell);

    XlsxZip &m_zip;
    const XlsxLimits &m_limits;
    Failure m_failure;
    bool m_date1904 = false;
    QStringList m_strings;
    QStringList m_xfFormats; ///< the format code of each cellXfs entry, by the index cells' s names
    QList<XlsxNumberFormat::Kind> m_xfKinds;
    qint64 m_cells = 0;
};

bool WorkbookParser::fail(Problem problem, const QString &reason)
{
    if (m_failure.problem == Problem::None)
        m_failure = {problem, reason};
    return false;
}

/// A zip archive whose office document is missing or no workbook: a .docx, an .xlsb, a plain zip.
bool WorkbookParser::notWorkbook(const QString &part)
{
    if (part.endsWith(u".bin"))
        //: zh_CN: 它是二进制 Excel 工作簿（.xlsb）；请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）
        return fail(Problem::BinaryWorkbook,
                    XlsxReader::tr("it is a binary Excel workbook (.xlsb); open it in "
                                   "Excel or WPS and save it as an Excel workbook (.xlsx)"));
    //: zh_CN: 它是 zip 压缩包，但不是 Excel 工作簿：其中没有 xl/workbook.xml（是否为改了扩展名的
    //: Word、PowerPoint 或其他文件？）
    return fail(
        Problem::NotWorkbook,
        XlsxReader::tr("it is a zip archive but not an Excel workbook: it has no xl/workbook.xml (is it "
                       "a Word, PowerPoint or other file renamed to .xlsx?)"));
}

bool WorkbookParser::failXml(const QString &part, const QXmlStreamReader &xml)
{
    //: %1 a part of the workbook (xl/worksheets/sheet1.xml), %2 and %3 line and column, %4 the XML error;
    //: zh_CN: 其中的 %1 不是有效的 XML（第 %2 行第 %3 列：%4）
    return fail(Problem::Malformed, XlsxReader::tr("its part %1 is not valid XML (line %2, column %3: %4)")
                                        .arg(part)
                                        .arg(xml.lineNumber())
                                        .arg(xml.columnNumber())
                                        .arg(xml.errorString()));
}

bool WorkbookParser::readPart(const QString &part, QByteArray *out)
{
    switch (m_zip.read(part, out)) {
    case XlsxZip::Status::Ok:
        return true;
    case XlsxZip::Status::Missing:
        //: %1 a part of the workbook; zh_CN: 缺少其中的 %1
        return fail(Problem::Malformed, XlsxReader::tr("its part %1 is missing").arg(part));
    case XlsxZip::Status::OverBudget:
        //: %1 the limit in MB; zh_CN: 其内容解压后超过 %1
        //: MB，超出督办能读取的大小（是压缩炸弹，还是工作簿过大？）
        return fail(Problem::TooLarge,
                    XlsxReader::tr("its contents unpack to more than %1 MB, more than Duban reads (is it a "
                                   "zip bomb, or a workbook too large?)")
                        .arg(std::max<qint64>(1, m_limits.maxUnpackedBytes / (1024 * 1024))));
    case XlsxZip::Status::Damaged:
        //: %1 a part of the workbook; zh_CN: 文件已损坏：其中的 %1 无法解压（数据或校验和有误）
        return fail(Problem::Damaged,
                    XlsxReader::tr("the file is damaged: its part %1 does not unpack (its data or checksum "
                                   "is wrong)")
                        .arg(part));
    case XlsxZip::Status::Encrypted:
        //: zh_CN: 其内容用 zip 密码加密了；请取消密码后重新保存工作簿
        return fail(Problem::Encrypted, XlsxReader::tr("its contents are encrypted with a zip password; save "
                                                       "the workbook again without a password"));
    }
    return false;
}

/// The workbook part: what the package's relationships name as the office document, else xl/workbook.xml.
QString WorkbookParser::workbookPart()
{
    QHash<QString, Relationship> package;
    if (m_zip.contains(u"_rels/.rels"_s) && readRelationships(u"_rels/.rels"_s, &package)) {
        for (const Relationship &r : std::as_const(package))
            if (typeIs(r.type, u"officeDocument") && m_zip.contains(r.target))
                return r.target;
    }
    m_failure = {}; // unreadable package relationships: the usual name is tried
    return u"xl/workbook.xml"_s;
}

bool WorkbookParser::readRelationships(const QString &part, QHash<QString, Relationship> *out)
{
    QByteArray bytes;
    if (!readPart(part, &bytes))
        return false;
    const QString source = sourceOf(part);
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto a = xml.attributes();
        if (a.value("TargetMode"_L1) == u"External")
            continue;
        out->insert(a.value("Id"_L1).toString(),
                    {a.value("Type"_L1).toString(), resolveTarget(source, a.value("Target"_L1).toString())});
    }
    if (xml.hasError())
        return failXml(part, xml);
    return true;
}

bool WorkbookParser::readWorkbook(const QString &part, QList<SheetEntry> *sheets, bool *date1904)
{
    QByteArray bytes;
    if (!readPart(part, &bytes))
        return false;
    QXmlStreamReader xml(bytes);
    if (xml.readNextStartElement() && xml.name() != u"workbook")
        return notWorkbook(part);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xml.attributes().value("date1904"_L1);
            *date1904 = value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            SheetEntry entry;
            entry.name = xml.attributes().value("name"_L1).toString();
            const QStringView state = xml.attributes().value("state"_L1);
            if (state == u"hidden")
                entry.state = XlsxSheet::State::Hidden;
            else if (state == u"veryHidden")
                entry.state = XlsxSheet::State::VeryHidden;
            entry.relationshipId = namespacedAttribute(xml, u"id");
            sheets->append(entry);
        }
    }
    if (xml.hasError())
        return failXml(part, xml);
    return true;
}

/// The text of a shared string (<si>) or an inline string (<is>) at `xml`: its <t>, or its runs' <t>
/// joined; phonetic runs (<rPh>, the furigana of Japanese workbooks) are not text of the cell.
QString WorkbookParser::readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh" || xml.name() == u"extLst")
                xml.skipCurrentElement();
            else if (xml.name() == u"t")
                text += xml.readElementText(); // xml:space="preserve" or not, the spaces stay
            else
                ++depth;
        }
    }
    return decodeEscapes(text);
}

bool WorkbookParser::readSharedStrings(const QString &part)
{
    QByteArray bytes;
    if (!readPart(part, &bytes))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            m_strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return failXml(part, xml);
    return true;
}

bool WorkbookParser::readStyles(const QString &part)
{
    QByteArray bytes;
    if (!readPart(part, &bytes))
        return false;
    QHash<int, QString> custom;
    QList<int> xfIds;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt")
            custom.insert(a.value("numFmtId"_L1).toInt(), a.value("formatCode"_L1).toString());
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf")
            xfIds.append(a.value("numFmtId"_L1).toInt()); // 0, General, when absent
    }
    if (xml.hasError())
        return failXml(part, xml);
    for (int id : std::as_const(xfIds)) {
        const QString code = custom.contains(id) ? custom.value(id) : XlsxNumberFormat::builtInCode(id);
        m_xfFormats.append(code);
        m_xfKinds.append(XlsxNumberFormat::kind(code));
    }
    return true;
}

bool WorkbookParser::setValue(const QString &part, const QString &reference, QStringView type,
                              const QString &value, XlsxCell *cell)
{
    using Type = XlsxCell::Type;
    //: %1 a part of the workbook, %2 a cell (B3), %3 its value; zh_CN: 其中的 %1 的单元格 %2 的值“%3”无效
    const auto invalid = [&] {
        return fail(Problem::Malformed,
                    XlsxReader::tr("its part %1 has a cell %2 whose value “%3” is not valid")
                        .arg(part, reference, value.left(40)));
    };
    bool ok = false;
    if (type == u"s") {
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            //: %1 a part, %2 a cell, %3 an index, %4 a count; zh_CN: 其中的 %1 的单元格 %2 引用了第 %3
            //: 个共享字符串，但只有 %4 个
            return fail(Problem::Malformed,
                        XlsxReader::tr("its part %1 has a cell %2 that refers to shared string %3 of %4")
                            .arg(part, reference, value.left(20))
                            .arg(m_strings.size()));
        cell->type = Type::String;
        cell->text = m_strings.at(index);
    } else if (type == u"str" || type == u"inlineStr") {
        cell->type = Type::String;
        cell->text = decodeEscapes(value);
    } else if (type == u"b") {
        cell->type = Type::Boolean;
        cell->boolean = value == u"1" || value == u"true";
        if (!cell->boolean && value != u"0" && value != u"false")
            return invalid();
    } else if (type == u"e") {
        cell->type = Type::Error;
        cell->text = value;
    } else if (type == u"d") {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!at.isValid() && !day.isValid())
            return invalid();
        cell->type = Type::Date;
        cell->dateTime =
            at.isValid() ? QDateTime(at.date(), at.time(), Qt::UTC) : QDateTime(day, {}, Qt::UTC);
        cell->number = XlsxNumberFormat::serialOf(cell->dateTime, m_date1904);
    } else {
        cell->number = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(cell->number))
            return invalid();
        cell->type = Type::Number;
        if (cell->dateFormat() && XlsxNumberFormat::isDateSerial(cell->number, m_date1904)) {
            cell->type = Type::Date;
            cell->dateTime = XlsxNumberFormat::dateTimeOf(cell->number, m_date1904);
        }
    }
    return true;
}

bool WorkbookParser::readCell(QXmlStreamReader &xml, const QString &part, int row, int column,
                              XlsxSheet *sheet)
{
    const auto a = xml.attributes();
    const QString type = a.value("t"_L1).toString();
    const QString reference = a.hasAttribute("r"_L1)
                                  ? a.value("r"_L1).toString()
                                  : QString::number(row + 1) + u'/' + QString::number(column + 1);
    const int style = a.value("s"_L1).toInt();
    QString value;
    bool hasValue = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            value = readRichText(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement(); // <f>: the formula; its saved value is what the cell holds
        }
    }
    if (xml.hasError())
        return failXml(part, xml);
    if (!hasValue || (value.isEmpty() && type != u"str" && type != u"inlineStr" && type != u"s"))
        return true; // a formatted cell without a value
    if (++m_cells > m_limits.maxCells)
        //: %1 the limit; zh_CN: 其中有值的单元格超过 %1
        //: 个，超出督办能读取的数量；请拆分工作簿或删除不需要的工作表
        return fail(Problem::TooManyCells,
                    XlsxReader::tr("it has more than %1 cells with values, more than Duban reads; split the "
                                   "workbook or delete the sheets not needed")
                        .arg(m_limits.maxCells));
    XlsxCell cell;
    cell.row = row;
    cell.column = column;
    if (style >= 0 && style < m_xfFormats.size()) {
        cell.format = m_xfFormats.at(style);
        cell.formatKind = m_xfKinds.at(style);
    }
    if (!setValue(part, reference, type, value, &cell))
        return false;
    sheet->cells.push_back(std::move(cell));
    return true;
}

/// Sorts the cells by position; of two at one position (which no writer should make) the later stays.
void sortCells(std::vector<XlsxCell> &cells)
{
    const auto before = [](const XlsxCell &a, const XlsxCell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    };
    const auto notAfter = [](const XlsxCell &a, const XlsxCell &b) {
        return std::pair(a.row, a.column) >= std::pair(b.row, b.column);
    };
    if (std::adjacent_find(cells.begin(), cells.end(), notAfter) == cells.end())
        return;
    std::stable_sort(cells.begin(), cells.end(), before);
    std::vector<XlsxCell> unique;
    unique.reserve(cells.size());
    for (XlsxCell &c : cells) {
        if (!unique.empty() && unique.back().row == c.row && unique.back().column == c.column)
            unique.back() = std::move(c);
        else
            unique.push_back(std::move(c));
    }
    cells = std::move(unique);
}

bool WorkbookParser::readSheet(const QString &part, XlsxSheet *sheet)
{
    QByteArray bytes;
    if (!readPart(part, &bytes))
        return false;
    //: %1 a part of the workbook, %2 a cell or range reference; zh_CN: 其中的 %1 有无效的单元格引用“%2”
    const auto badReference = [&](const QString &reference) {
        return fail(
            Problem::Malformed,
            XlsxReader::tr("its part %1 has an invalid cell reference “%2”").arg(part, reference.left(40)));
    };
    int row = -1;
    int nextColumn = 0;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"row") {
            // A row or cell without r follows the one before it.
            const QStringView r = xml.attributes().value("r"_L1);
            row = r.isEmpty() ? row + 1 : r.toInt() - 1;
            nextColumn = 0;
            if (row < 0 || row >= MaxRows)
                return badReference(r.toString());
        } else if (name == u"c") {
            const QStringView r = xml.attributes().value("r"_L1);
            int cellRow = std::max(row, 0);
            int column = nextColumn;
            if (!r.isEmpty() && !parseReference(r, &cellRow, &column))
                return badReference(r.toString());
            if (column >= MaxColumns)
                return badReference(QString::number(cellRow + 1) + u'/' + QString::number(column + 1));
            row = cellRow;
            nextColumn = column + 1;
            if (!readCell(xml, part, cellRow, column, sheet))
                return false;
        } else if (name == u"mergeCell") {
            XlsxRange range;
            const QStringView ref = xml.attributes().value("ref"_L1);
            if (!parseRange(ref, &range))
                return badReference(ref.toString());
            sheet->merged.append(range);
        } else if (name == u"extLst") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return failXml(part, xml);
    sortCells(sheet->cells);
    return true;
}

std::optional<XlsxWorkbook> WorkbookParser::parse()
{
    const QString part = workbookPart();
    QHash<QString, Relationship> relationships;
    QList<SheetEntry> entries;
    XlsxWorkbook workbook;
    if (!m_zip.contains(part) || part.endsWith(u".bin")) {
        notWorkbook(m_zip.contains(u"xl/workbook.bin"_s) ? u"xl/workbook.bin"_s : part);
        return std::nullopt;
    }
    if (!readWorkbook(part, &entries, &workbook.date1904))
        return std::nullopt;
    m_date1904 = workbook.date1904;
    if (m_zip.contains(relationshipsOf(part)) && !readRelationships(relationshipsOf(part), &relationships))
        return std::nullopt;
    QString strings = u"xl/sharedStrings.xml"_s;
    QString styles = u"xl/styles.xml"_s;
    for (const Relationship &r : std::as_const(relationships)) {
        if (typeIs(r.type, u"sharedStrings"))
            strings = r.target;
        else if (typeIs(r.type, u"styles"))
            styles = r.target;
    }
    if (m_zip.contains(strings) && !readSharedStrings(strings))
        return std::nullopt;
    if (m_zip.contains(styles) && !readStyles(styles))
        return std::nullopt;
    for (const SheetEntry &entry : std::as_const(entries)) {
        XlsxSheet sheet;
        sheet.name = entry.name;
        sheet.state = entry.state;
        const Relationship r = relationships.value(entry.relationshipId);
        if (r.target.isEmpty() || !m_zip.contains(r.target)) {
            //: %1 a sheet's name, %2 where its part should be; zh_CN:
            //: 工作表“%1”在工作簿中列出，但缺少其内容（%2）
            fail(Problem::Malformed,
                 XlsxReader::tr("the sheet “%1” is listed in the workbook but its part "
                                "(%2) is missing")
                     .arg(entry.name, r.target.isEmpty() ? entry.relationshipId : r.target));
            return std::nullopt;
        }
        // Chart sheets and dialog sheets hold no cells.
        if (typeIs(r.type, u"worksheet") && !readSheet(r.target, &sheet))
            return std::nullopt;
        workbook.sheets.append(std::move(sheet));
    }
    return workbook;
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size)
{
    return bytes.size() >= size && std::equal(prefix, prefix + size, bytes.constData());
}

/// What a file that is not a zip archive is, and what to do.
Failure notAZip(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        //: zh_CN: 文件是空的（0 字节）
        return {Problem::Empty, XlsxReader::tr("the file is empty (0 bytes)")};
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        //: zh_CN: 它是设有打开密码的加密工作簿，或旧版 Excel 97–2003 的 .xls 文件；请在 Excel 或 WPS
        //: 中打开，如设有密码请先取消，再另存为 Excel 工作簿（.xlsx）
        return {
            Problem::EncryptedOrXls,
            XlsxReader::tr("it is an encrypted workbook (with a password to open) or an old Excel 97–2003 "
                           ".xls file; open it in Excel or WPS, remove the password if it has one, and save "
                           "it as an Excel workbook (.xlsx)")};
    if (startsWith(bytes, "PK", 2))
        //: zh_CN: 文件已损坏或不完整（末尾似乎被截断，例如下载或复制中断）；请重新获取完整的工作簿
        return {
            Problem::Truncated,
            XlsxReader::tr("the file is damaged or incomplete (its end seems cut off, as by an interrupted "
                           "download or copy); get a complete copy of the workbook")};
    //: zh_CN: 它不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，而此文件不是）
    return {Problem::NotZip,
            XlsxReader::tr("it is not an Excel workbook (an .xlsx file is a zip archive, and "
                           "this file is not one)")};
}

std::optional<XlsxWorkbook> readBytes(const QByteArray &bytes, const XlsxLimits &limits, Failure *failure)
{
    XlsxZip zip(bytes, limits.maxUnpackedBytes);
    if (!zip.isOpen()) {
        *failure = notAZip(bytes);
        return std::nullopt;
    }
    WorkbookParser parser(zip, limits);
    std::optional<XlsxWorkbook> workbook = parser.parse();
    if (!workbook)
        *failure = parser.failure();
    return workbook;
}

} // namespace

std::optional<XlsxWorkbook> XlsxReader::read(const QString &path, Error *error, const XlsxLimits &limits)
{
    const InputFile::Result file = InputFile::read(path, limits.maxFileBytes);
    if (!file.ok()) {
        if (error) {
            error->problem = file.problem == InputFile::Problem::Empty      ? Problem::Empty
                             : file.problem == InputFile::Problem::TooLarge ? Problem::TooLarge
                                                                            : Problem::Unreadable;
            error->message = file.message;
        }
        return std::nullopt;
    }
    Failure failure;
    std::optional<XlsxWorkbook> workbook = readBytes(file.bytes, limits, &failure);
    if (!workbook && error)
        //: %1 the file, %2 why; zh_CN: 无法读取 %1：%2。
        *error = {failure.problem,
                  tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), failure.reason)};
    return workbook;
}

std::optional<XlsxWorkbook> XlsxReader::fromBytes(const QByteArray &bytes, Error *error,
                                                  const XlsxLimits &limits)
{
    Failure failure;
    if (bytes.size() > limits.maxFileBytes) {
        //: %1 the limit in MB; zh_CN: 文件超过 %1 MB，超出督办能读取的大小
        failure = {Problem::TooLarge, tr("the file is larger than %1 MB, more than Duban reads")
                                          .arg(std::max<qint64>(1, limits.maxFileBytes / (1024 * 1024)))};
    }
    std::optional<XlsxWorkbook> workbook =
        failure.problem == Problem::None ? readBytes(bytes, limits, &failure) : std::nullopt;
    if (!workbook && error)
        //: %1 why; zh_CN: 无法读取工作簿：%1。
        *error = {failure.problem, tr("Cannot read the workbook: %1.").arg(failure.reason)};
    return workbook;
}

} // namespace duban::core
