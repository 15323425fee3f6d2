#include "UnitResolver.h"

#include "core/import/TextRepair.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

qsizetype longestCommonSubsequence(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            row[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? diagonal + 1 : std::max(above, row[size_t(j - 1)]);
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

UnitResolver::UnitResolver(QList<Unit> directory) : m_directory(std::move(directory))
{
    // Exact names and aliases first, then base and second names where they are unambiguous.
    for (qsizetype i = 0; i < m_directory.size(); ++i) {
        const Unit &u = m_directory.at(i);
        m_index.insert(TextRepair::normaliseUnitName(u.name), i);
        for (const QString &alias : u.aliases)
            m_index.insert(TextRepair::normaliseUnitName(alias), i);
    }
    for (qsizetype i = 0; i < m_directory.size(); ++i) {
        const QString name = TextRepair::normaliseUnitName(m_directory.at(i).name);
        for (const QString &key : {baseName(name), secondName(name)}) {
            if (key.size() >= 3 && !m_index.contains(key))
                m_index.insert(key, i);
        }
    }
}

QString UnitResolver::baseName(const QString &name)
{
    if (!name.endsWith(u'）'))
        return name;
    const auto open = name.lastIndexOf(u'（');
    return open > 0 ? name.left(open) : name;
}

QString UnitResolver::secondName(const QString &name)
{
    if (!name.endsWith(u'）'))
        return {};
    const auto open = name.lastIndexOf(u'（');
    return open > 0 ? name.mid(open + 1, name.size() - open - 2) : QString();
}

bool UnitResolver::isGroupName(const QString &rawName)
{
    const QString name = TextRepair::normaliseUnitName(rawName);
    if (name.isEmpty())
        return false;
    static const QStringList exact = {u"园区"_s,       u"街道"_s,       u"国有公司"_s,
                                      u"区县"_s,       u"区县（市）"_s, u"乡镇"_s,
                                      u"街道（镇）"_s, u"有关单位"_s,   u"相关单位"_s};
    if (exact.contains(name))
        return true;
    static const QRegularExpression pattern(
        uR"(^(?:各|其他|其它|有关|相关|全体|所有|(?:新区|市|省|区|县|全区|全市|全省)各)|(?:成员单位|牵头单位|责任单位|有关单位|相关单位|各单位|等单位)$)"_s);
    return pattern.match(name).hasMatch();
}

bool UnitResolver::areClose(const QString &a, const QString &b)
{
    if (a == b)
        return false;
    const QString ba = baseName(a);
    const QString bb = baseName(b);
    if (ba == bb)
        return ba.size() >= 3; // same unit written with different second names
    const qsizetype shorter = std::min(ba.size(), bb.size());
    const qsizetype longer = std::max(ba.size(), bb.size());
    if (shorter < 4 || longer > 3 * shorter)
        return false;
    const qsizetype common = longestCommonSubsequence(ba, bb);
    return common * 5 >= shorter * 4 && common * 5 >= longer * 3;
}

UnitResolver::Resolution UnitResolver::resolve(const QString &written) const
{
    Resolution r;
    const QString name = TextRepair::normaliseUnitName(written);
    r.name = name;
    auto found = m_index.constFind(name);
    if (found == m_index.cend()) {
        // 新区开发建设局（交通运输局）: the base name may be the directory's name or alias. The second
        // name alone is not enough: 新区开发建设有限公司（交通运输局） is a different (close) name.
        const QString base = baseName(name);
        if (base != name)
            found = m_index.constFind(base);
    }
    if (found != m_index.cend()) {
        const Unit &u = m_directory.at(found.value());
        r.name = u.name;
        r.known = true;
        r.kind = u.kind;
        return r;
    }
    r.kind = isGroupName(name) ? Unit::Kind::Group : Unit::Kind::Unit;
    qsizetype best = -1;
    for (const Unit &u : m_directory) {
        for (const QString &candidate : QStringList{u.name} + u.aliases) {
            const QString c = TextRepair::normaliseUnitName(candidate);
            if (!areClose(name, c))
                continue;
            const qsizetype score = longestCommonSubsequence(baseName(name), baseName(c));
            if (score > best) {
                best = score;
                r.candidate = u.name;
            }
        }
    }
    return r;
}

namespace {

/// Length of the longest common subsequence of two short names.
int commonSubsequence(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? diagonal + 1 : std::max(up, row[size_t(j - 1)]);
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace

QStringList UnitResolver::closestNames(const QString &name, const QStringList &known, int limit)
{
    struct Scored
    {
        double score;
        QString name;
    };
    std::vector<Scored> scored;
    for (const QString &k : known) {
        if (k == name)
            continue;
        const double share = double(commonSubsequence(name, k)) / double(std::max(name.size(), k.size()));
        const double score = areClose(name, k) ? 2.0 + share : share;
        if (score >= 0.6)
            scored.push_back({score, k});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QStringList out;
    for (const Scored &s : scored) {
        if (out.size() >= limit)
            break;
        out.append(s.name);
    }
    return out;
}

} // namespace duban::core
