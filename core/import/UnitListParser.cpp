#include "UnitListParser.h"

#include "core/import/TextRepair.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

const QString &unitLabels()
{
    static const QString labels =
        u"牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|责任主体|配合单位|配合部门|协办单位|参与单位|协同单位"_s;
    return labels;
}

const QString &deadlineLabels()
{
    static const QString labels = u"完成时限|完成时间|时间节点|时限要求|办结时限"_s;
    return labels;
}

/// A label followed by a colon, at the start of a clause.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression re(u"(?:^|(?<=[；;。，,\\s（(〔【\\[]))("_s + unitLabels() + u"|"_s +
                                       deadlineLabels() + u")\\s*[：:]"_s);
    return re;
}

bool isLeadLabel(const QString &label)
{
    return label == u"牵头单位" || label == u"牵头部门" || label == u"主责单位" || label == u"主办单位";
}

bool isCoLabel(const QString &label)
{
    return label.startsWith(u"配合") || label == u"协办单位" || label == u"参与单位" || label == u"协同单位";
}

bool isDeadlineLabel(const QString &label)
{
    return deadlineLabels().split(u'|').contains(label);
}

QString trimSeparators(const QString &s)
{
    static const QString seps = u"；;。，,、：: \t\n"_s;
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && seps.contains(s.at(a)))
        ++a;
    while (b > a && seps.contains(s.at(b - 1)))
        --b;
    return s.mid(a, b - a);
}

/// Index just past the bracket group opened at @p open (any closing kind ends it); -1 if unclosed.
qsizetype groupEnd(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (TextRepair::isOpeningBracket(c) && c != u'《')
            ++depth;
        else if (TextRepair::isClosingBracket(c) && c != u'》') {
            --depth;
            if (depth == 0)
                return i + 1;
        }
    }
    return -1;
}

/// Removes [from, to) from @p text, plus a dangling separator left in front of it.
QString cut(const QString &text, qsizetype from, qsizetype to)
{
    QString head = text.left(from);
    const QString tail = text.mid(to);
    while (!head.isEmpty() && head.back().isSpace())
        head.chop(1);
    if (tail.trimmed().isEmpty() || tail.trimmed() == u"。"_s || tail.trimmed() == u"；"_s) {
        while (!head.isEmpty() && (head.back() == u'，' || head.back() == u'、' || head.back() == u'；'))
            head.chop(1);
        return head + tail.trimmed();
    }
    return head + tail;
}

/// Unit clauses in brackets: an opening bracket followed by a unit or deadline label. All clauses of
/// the part are cut out in one pass (no copying per clause: hostile input can hold thousands).
bool extractBracketed(QString &part, UnitClause &clause)
{
    static const QRegularExpression opener(u"[〔（(\\[【［]\\s*(?:"_s + unitLabels() + u"|"_s +
                                           deadlineLabels() + u")\\s*[：:]"_s);
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype from = 0;
    // One global scan: match(part, offset) in a loop would re-check the whole subject every time.
    auto it = opener.globalMatch(part);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype open = m.capturedStart(0);
        if (open < from)
            continue; // inside the clause just read
        qsizetype end = groupEnd(part, open);
        const bool closed = end >= 0;
        if (!closed)
            end = part.size();
        UnitListParser::parseClauseContent(part.mid(open + 1, (closed ? end - 1 : end) - open - 1), clause);
        spans.append({open, end});
        from = end;
    }
    if (spans.isEmpty())
        return false;
    QString rest;
    qsizetype at = 0;
    for (const auto &[open, end] : spans) {
        rest += QStringView(part).mid(at, open - at);
        at = end;
    }
    const qsizetype restSize = rest.size();
    rest += QStringView(part).mid(at);
    part = cut(rest, restSize, restSize);
    return true;
}

/// Label lines and inline labels outside brackets: from the label to the end of the part.
bool extractInline(QString &part, UnitClause &clause)
{
    const auto m = labelPattern().match(part);
    if (!m.hasMatch())
        return false;
    // Only when the label is outside any bracket.
    if (TextRepair::bracketBalance(part.left(m.capturedStart(0))) > 0)
        return false;
    UnitListParser::parseClauseContent(part.mid(m.capturedStart(0)), clause);
    part = cut(part, m.capturedStart(0), part.size());
    return true;
}

/// (市发展改革委、市财政局负责，列第一位者为牵头单位) and (A牵头，B、C配合) at the end of an item.
bool extractResponsibleForm(QString &part, UnitClause &clause)
{
    static const QRegularExpression tail(
        uR"(([（(〔【\[])([^（(〔【\[）)〕】\]]*(?:[（(][^（()）]*[）)][^（(〔【\[）)〕】\]]*)*)([）)〕】\]])\s*[。；]?\s*$)"_s);
    const auto m = tail.match(part);
    if (!m.hasMatch())
        return false;
    QString content = m.captured(2);
    const bool rule = UnitListParser::stripLeadRule(content);
    content = trimSeparators(content);
    static const QRegularExpression responsible(
        uR"((?:按职责分工负责|按职责负责|分别负责|共同负责|负责|牵头|配合|参与|协助)$)"_s);
    if (!responsible.match(content).hasMatch() && !content.contains(u"牵头"))
        return false;
    UnitClause local;
    local.leadRuleStated = rule;
    static const QRegularExpression leadSplit(uR"(^(.+?)牵头[，,；;、\s]*(.*)$)"_s);
    static const QRegularExpression tailWord(
        uR"((?:按职责分工负责|按职责负责|分别负责|共同负责|负责|配合|参与|协助)$)"_s);
    QStringList units;
    qsizetype leadCount = 1; // (…负责): the first unit leads
    if (const auto lm = leadSplit.match(content); lm.hasMatch()) {
        // (A、B牵头，C配合): every unit before 牵头 leads.
        const QStringList leads = UnitListParser::splitUnits(lm.captured(1));
        QString rest = lm.captured(2);
        rest.remove(tailWord);
        for (const QString &u : leads + UnitListParser::splitUnits(rest))
            if (!units.contains(u))
                units.append(u);
        leadCount = qMax<qsizetype>(1, leads.size());
    } else {
        content.remove(tailWord);
        units = UnitListParser::splitUnits(content);
    }
    if (units.isEmpty())
        return false;
    local.leads = units.mid(0, leadCount);
    local.co = units.mid(leadCount);
    local.found = true;
    clause.leads = local.leads;
    clause.co = local.co;
    clause.found = true;
    clause.leadRuleStated = clause.leadRuleStated || rule;
    part = cut(part, m.capturedStart(0), m.capturedEnd(0));
    return true;
}

} // namespace

bool UnitListParser::stripLeadRule(QString &content)
{
    static const QRegularExpression rule(
        uR"([，,；;、\s]*(?:排名第一|排名首位|排在第一位|排第一位|排在首位|排名在前|列第一位|列第一|列首位|位列第一|第一位)[^，,；;。〕）)\]】]{0,12}?(?:牵头单位|牵头部门|牵头)(?:[，,；;]?\s*下同)?)"_s);
    static const QRegularExpression sameBelow(uR"([，,；;\s]*下同\s*$)"_s);
    bool found = false;
    if (content.contains(rule)) {
        content.remove(rule);
        found = true;
    }
    content.remove(sameBelow);
    return found;
}

QString UnitListParser::cleanUnitName(const QString &name)
{
    QString s = TextRepair::normaliseUnitName(name);
    static const QRegularExpression tailWords(
        uR"((?:按职责分工负责|按职责负责|分别负责|共同负责|负责|等单位|等部门|等)+$)"_s);
    static const QRegularExpression headWords(uR"(^(?:由|及|和|以及))"_s);
    for (int round = 0; round < 3; ++round) {
        const QString before = s;
        s.remove(tailWords);
        s.remove(headWords);
        s = trimSeparators(s);
        if (s == before)
            break;
    }
    if (s == u"下同" || s.isEmpty())
        return {};
    bool meaningful = false;
    for (QChar c : s) {
        if (c.isLetterOrNumber()) {
            meaningful = true;
            break;
        }
    }
    return meaningful ? s : QString();
}

QStringList UnitListParser::splitUnits(const QString &list)
{
    QString content = list;
    stripLeadRule(content);
    QStringList out;
    QSet<QString> seen;
    int depth = 0;
    QString current;
    auto flush = [&] {
        const QString name = cleanUnitName(current);
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            out.append(name);
        }
        current.clear();
    };
    for (QChar c : content) {
        if (TextRepair::isOpeningBracket(c))
            ++depth;
        else if (TextRepair::isClosingBracket(c) && depth > 0)
            --depth;
        if (depth == 0 &&
            (c == u'、' || c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'。' || c == u'\n')) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return out;
}

void UnitListParser::parseClauseContent(const QString &rawContent, UnitClause &clause)
{
    QString content = rawContent;
    if (stripLeadRule(content))
        clause.leadRuleStated = true;
    QStringList leads;
    QStringList generic;
    QStringList cos;
    auto it = labelPattern().globalMatch(content);
    struct Label
    {
        QString name;
        qsizetype start;
        qsizetype valueStart;
    };
    QList<Label> labels;
    while (it.hasNext()) {
        const auto m = it.next();
        labels.append({m.captured(1), m.capturedStart(0), m.capturedEnd(0)});
    }
    if (labels.isEmpty()) {
        generic = splitUnits(content);
    } else {
        // Text before the first label (rare) counts as generic units.
        generic = splitUnits(content.left(labels.first().start));
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const qsizetype end = i + 1 < labels.size() ? labels.at(i + 1).start : content.size();
            const QString value = content.mid(labels.at(i).valueStart, end - labels.at(i).valueStart);
            const QString &label = labels.at(i).name;
            if (isDeadlineLabel(label)) {
                const QString field = trimSeparators(value);
                if (!field.isEmpty())
                    clause.deadlineFields.append(field);
            } else if (isLeadLabel(label)) {
                leads += splitUnits(value);
            } else if (isCoLabel(label)) {
                cos += splitUnits(value);
            } else {
                generic += splitUnits(value);
            }
        }
    }
    // An explicit 牵头单位 comes first, even before a lead taken from an earlier generic list; every unit it
    // names leads (牵头单位：A、B). Without one, the leads of an earlier list stay, else the first unit
    // leads.
    const QStringList previous = clause.all();
    QStringList units;
    QSet<QString> seen;
    qsizetype leadCount = 0;
    for (const QStringList *list :
         std::initializer_list<const QStringList *>{&leads, &previous, &generic, &cos}) {
        for (const QString &u : *list) {
            if (!seen.contains(u)) {
                seen.insert(u);
                units.append(u);
            }
        }
        if (list == &leads)
            leadCount = units.size();
    }
    if (leadCount == 0)
        leadCount = qMax<qsizetype>(1, clause.leads.size());
    if (!units.isEmpty()) {
        clause.found = true;
        clause.leads = units.mid(0, leadCount);
        clause.co = units.mid(leadCount);
    }
}

UnitListParser::Extraction UnitListParser::extract(const QStringList &parts)
{
    Extraction result;
    for (QString part : parts) {
        extractBracketed(part, result.clause);
        extractInline(part, result.clause);
        part = part.trimmed();
        if (!part.isEmpty())
            result.remaining.append(part);
    }
    if (!result.clause.found) {
        for (qsizetype i = result.remaining.size() - 1; i >= 0; --i) {
            QString part = result.remaining.at(i);
            if (extractResponsibleForm(part, result.clause)) {
                part = part.trimmed();
                if (part.isEmpty())
                    result.remaining.removeAt(i);
                else
                    result.remaining[i] = part;
                break;
            }
        }
    }
    return result;
}

} // namespace duban::core
