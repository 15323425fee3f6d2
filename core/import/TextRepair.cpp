#include "TextRepair.h"

#include "core/import/HeadingMarker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000) || c == QChar(0x00A0);
}

bool isFieldLabelStart(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(?:牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|完成时限|完成时间|时间节点|时限要求|附件)\s*[：:0-9]?)"_s);
    return re.match(text).hasMatch();
}

bool headingLike(const QString &text)
{
    if (text.size() > 64)
        return false;
    const auto marker = HeadingMarker::detect(text);
    if (!marker || marker->level > HeadingMarker::Level::Section)
        return false;
    if (text.size() - marker->length > 40)
        return false;
    for (QChar c : text) {
        if (c == u'。' || c == u'；' || c == u'〔')
            return false;
    }
    return true;
}

bool endsWithTitleWord(const QString &text)
{
    static const QRegularExpression re(uR"((?:方案|要点|计划|通知|意见|办法|细则|规划|清单|安排)$)"_s);
    if (text.size() > 80 || text.contains(u'，') || text.contains(u'。'))
        return false;
    return re.match(text).hasMatch();
}

} // namespace

bool TextRepair::isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           (u >= 0x2018 && u <= 0x201F) || u == 0x2014 || u == 0x2026 || u == 0x00B7 || c.isSurrogate();
}

bool TextRepair::isOpeningBracket(QChar c)
{
    return QStringView(u"〔（([【［{「《﹝〖").contains(c);
}

bool TextRepair::isClosingBracket(QChar c)
{
    return QStringView(u"〕）)]】］}」》﹞〗").contains(c);
}

int TextRepair::bracketBalance(const QString &text)
{
    int balance = 0;
    for (QChar c : text) {
        if (isOpeningBracket(c))
            ++balance;
        else if (isClosingBracket(c))
            --balance;
    }
    return balance;
}

QString TextRepair::normaliseCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(char16_t(u'0' + (u - 0xFF10))));
        else if ((u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            out.append(QChar(char16_t(u - 0xFF21 + u'A')));
        else if (u == 0x3000 || u == 0x00A0 || (u >= 0x2002 && u <= 0x200A) || u == 0x202F || u == 0x205F)
            out.append(u' ');
        else if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD || u == u'\f' ||
                 u == u'\v' || u == u'\r')
            continue;
        else if (u == 0xFF05)
            out.append(u'%');
        else if (u == 0xFF0E)
            out.append(u'.');
        else if (u == 0xFF0B)
            out.append(u'+');
        else if (u == 0xFE5D)
            out.append(u'〔');
        else if (u == 0xFE5E)
            out.append(u'〕');
        else if (u == 0xFF64)
            out.append(u'、');
        else if (u == 0xFF61)
            out.append(u'。');
        else if (u < 0x20 && u != u'\t')
            continue; // other control characters carry no text
        else
            out.append(c);
    }
    return out;
}

QString TextRepair::collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (!isSpaceLike(c)) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isSpaceLike(text.at(j)))
            ++j;
        const bool atEdge = out.isEmpty() || j >= n;
        if (!atEdge && !isCjk(out.back()) && !isCjk(text.at(j)))
            out.append(u' ');
        i = j;
    }
    return out;
}

QString TextRepair::fullWidthPunctuation(const QString &text)
{
    static const QString half = u",:;()!?"_s;
    static const QString full = u"，：；（）！？"_s;
    QString out = text;
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto k = half.indexOf(out.at(i));
        if (k < 0)
            continue;
        const QChar prev = i > 0 ? out.at(i - 1) : QChar();
        const QChar next = i + 1 < n ? out.at(i + 1) : QChar();
        if ((k == 0 || k == 1) && prev.isDigit() && next.isDigit())
            continue; // 1,000 and 10:30
        if ((!prev.isNull() && isCjk(prev)) || (!next.isNull() && isCjk(next)))
            out[i] = full.at(k);
    }
    return out;
}

QString TextRepair::normaliseUnitName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : normaliseCharacters(name)) {
        if (c.isSpace())
            continue;
        if (c == u'(' || c == u'［' || c == u'[' || c == u'〔')
            out.append(u'（');
        else if (c == u')' || c == u'］' || c == u']' || c == u'〕')
            out.append(u'）');
        else if (c == u',')
            out.append(u'，');
        else
            out.append(c);
    }
    const auto open = out.count(u'（');
    const auto close = out.count(u'）');
    if (open > close)
        out.append(QString(open - close, u'）'));
    while (out.endsWith(u'）') && out.count(u'）') > out.count(u'（'))
        out.chop(1);
    return out;
}

bool TextRepair::isPageNumber(const QString &line)
{
    static const QRegularExpression re(
        uR"(^(?:[-—–－_·•\s]*\d{1,3}[-—–－_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|Page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !line.isEmpty() && line.size() <= 24 && re.match(line).hasMatch();
}

bool TextRepair::endsSentence(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QString finals = u"。；！？：;!?:〕］】]"_s;
    const QChar last = text.back();
    if (finals.contains(last))
        return true;
    if ((last == u'”' || last == u'」' || last == u'』' || last == u'’') && text.size() >= 2) {
        const QChar before = text.at(text.size() - 2);
        return before == u'。' || before == u'！' || before == u'？' || before == u'；';
    }
    return false;
}

bool TextRepair::isDateLine(const QString &line)
{
    static const QRegularExpression re(
        uR"(^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:印发)?\s*[）)]?$)"_s);
    return line.size() <= 30 && re.match(line).hasMatch();
}

bool TextRepair::isDocumentNumberLine(const QString &line)
{
    static const QRegularExpression re(
        uR"(^\S{1,16}[〔\[［（(【]\s*\d{4}\s*[〕\]］）)】]\s*\d{1,4}\s*号$)"_s);
    return line.size() <= 40 && re.match(line).hasMatch();
}

QList<SourceParagraph> TextRepair::lines(const QString &text)
{
    QList<SourceParagraph> out;
    int lineNo = 0;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        ++lineNo;
        SourceParagraph p;
        p.line = lineNo;
        QString raw = normaliseCharacters(text.mid(start, end - start));
        // Markdown: heading hashes, list bullets, bold markers.
        qsizetype k = 0;
        while (k < raw.size() && isSpaceLike(raw.at(k)))
            ++k;
        qsizetype hashes = 0;
        while (k + hashes < raw.size() && raw.at(k + hashes) == u'#')
            ++hashes;
        if (hashes > 0 && hashes <= 6) {
            p.markdownHeading = true;
            raw = raw.mid(k + hashes);
        }
        raw.replace(u"**"_s, QString());
        QString trimmed = raw.trimmed();
        if (trimmed.startsWith(u"- "_s) || trimmed.startsWith(u"* "_s) || trimmed.startsWith(u"• "_s))
            trimmed = trimmed.mid(2).trimmed();
        // Tabs at the ends matter in a table row ("\t上半年完成1500个。\t\t"): keep them for the split.
        QString tabbed = raw;
        while (!tabbed.isEmpty() && tabbed.front() == u' ')
            tabbed.remove(0, 1);
        while (!tabbed.isEmpty() && (tabbed.back() == u' ' || tabbed.back() == u'\r'))
            tabbed.chop(1);
        if (trimmed.startsWith(u'|') && trimmed.endsWith(u'|') && trimmed.size() > 1) {
            QStringList cells = trimmed.mid(1, trimmed.size() - 2).split(u'|');
            static const QRegularExpression separator(uR"(^[\s:\-|]+$)"_s);
            if (!separator.match(trimmed).hasMatch()) {
                for (QString &cell : cells)
                    cell = fullWidthPunctuation(collapseSpaces(cell.trimmed()));
                p.cells = cells;
            }
        } else if (tabbed.contains(u'\t')) {
            QStringList cells = tabbed.split(u'\t');
            qsizetype filled = 0;
            for (QString &cell : cells) {
                cell = fullWidthPunctuation(collapseSpaces(cell.trimmed()));
                filled += cell.isEmpty() ? 0 : 1;
            }
            if (filled >= 2 || (filled == 1 && cells.size() >= 3))
                p.cells = cells;
            else
                p.text = fullWidthPunctuation(collapseSpaces(trimmed));
        } else {
            p.text = fullWidthPunctuation(collapseSpaces(trimmed));
        }
        if (!p.isTableRow() && isPageNumber(p.text))
            p.text.clear();
        if (p.isBlank())
            p.markdownHeading = false;
        out.append(p);
        start = end + 1;
    }
    return out;
}

QList<SourceParagraph> TextRepair::paragraphs(const QList<SourceParagraph> &lines)
{
    QList<SourceParagraph> out;
    bool open = false; // the last paragraph in out may take more lines
    int balance = 0;   // brackets left open by the last paragraph (kept up to date, not recounted)
    for (const SourceParagraph &line : lines) {
        if (line.isBlank())
            continue;
        if (open && !out.isEmpty()) {
            SourceParagraph &a = out.last();
            const QString &b = line.text;
            bool join = !line.markdownHeading && !line.isTableRow();
            if (join) {
                if (HeadingMarker::detect(b) || isFieldLabelStart(b) || isDateLine(b) ||
                    isDocumentNumberLine(b))
                    join = false;
                else if (balance > 0)
                    join = true;
                else if (headingLike(a.text) || endsSentence(a.text) || endsWithTitleWord(a.text))
                    join = false;
            }
            if (join) {
                const bool asciiSeam = !a.text.isEmpty() && !b.isEmpty() &&
                                       a.text.back().isLetterOrNumber() && !isCjk(a.text.back()) &&
                                       b.front().isLetterOrNumber() && !isCjk(b.front());
                if (asciiSeam && !(a.text.back().isDigit() && b.front().isDigit()))
                    a.text += u' ';
                a.text += b;
                balance += bracketBalance(b);
                continue;
            }
        }
        out.append(line);
        balance = line.isTableRow() ? 0 : bracketBalance(line.text);
        open = !line.markdownHeading && !line.isTableRow() && !isDateLine(line.text) &&
               !isDocumentNumberLine(line.text);
    }
    return out;
}

} // namespace duban::core
