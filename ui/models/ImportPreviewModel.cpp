#include "ImportPreviewModel.h"

#include "core/domain/FiniteNumber.h"

#include <QColor>
#include <QRegularExpression>

namespace duban::ui {

using namespace duban::core;

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QStringList splitUnits(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\n]"));
    QStringList out;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace

ImportTaskModel::ImportTaskModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_doc(document)
{
    indexWarnings();
}

void ImportTaskModel::reset()
{
    beginResetModel();
    indexWarnings();
    endResetModel();
}

void ImportTaskModel::indexWarnings()
{
    m_warnings = QList<QStringList>(m_doc->tasks.size());
    for (const ImportWarning &w : std::as_const(m_doc->warnings)) {
        const int row = rowForLine(w.line);
        if (row >= 0)
            m_warnings[row].append(tr("Line %1: %2").arg(w.line).arg(w.message));
    }
}

int ImportTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->tasks.size());
}

int ImportTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCount_;
}

QString ImportTaskModel::milestonesText(const QList<Milestone> &milestones)
{
    QStringList parts;
    for (const Milestone &m : milestones)
        parts.append(m.date.toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}

QString ImportTaskModel::targetsText(const QList<Target> &targets)
{
    QStringList parts;
    for (const Target &t : targets) {
        QString s = QStringLiteral("%1 %2 %3%4")
                        .arg(t.name, comparatorSymbol(t.comparator), number(t.value), t.measure);
        if (t.stretch)
            s += QStringLiteral(" (%1 %2)").arg(tr("stretch"), number(*t.stretch));
        parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

int ImportTaskModel::rowForLine(int line) const
{
    int best = -1;
    for (int i = 0; i < m_doc->tasks.size(); ++i) {
        const int start = m_doc->tasks.at(i).sourceLine;
        if (start > 0 && start <= line && (best < 0 || start >= m_doc->tasks.at(best).sourceLine))
            best = i;
    }
    if (best >= 0) {
        // The warning must fall before the next task starts.
        for (int i = 0; i < m_doc->tasks.size(); ++i) {
            const int start = m_doc->tasks.at(i).sourceLine;
            if (start > m_doc->tasks.at(best).sourceLine && start <= line)
                return -1;
        }
    }
    return best;
}

QStringList ImportTaskModel::warningsFor(int row) const
{
    return row >= 0 && row < m_warnings.size() ? m_warnings.at(row) : QStringList();
}

QVariant ImportTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_doc->tasks.size())
        return {};
    const Task &t = m_doc->tasks.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ToolTipRole) {
        if (column == Column::Warnings || column == Column::Line) {
            const QStringList w = warningsFor(index.row());
            return w.isEmpty() ? QVariant() : QVariant(w.join(QLatin1Char('\n')));
        }
        if (column == Column::Title)
            return t.text;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::BackgroundRole && column == Column::Warnings && !warningsFor(index.row()).isEmpty())
        return QColor(255, 236, 179);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Column::Line:
        return t.sourceLine;
    case Column::Code:
        return t.code;
    case Column::Section: {
        if (t.sectionIndex >= 0 && t.sectionIndex < m_doc->sections.size()) {
            return m_doc->sections.at(t.sectionIndex).label();
        }
        return t.section;
    }
    case Column::Title:
        return t.title;
    case Column::Lead:
        return t.leads.join(QStringLiteral("、"));
    case Column::CoUnits:
        return t.co.join(QStringLiteral("、"));
    case Column::Deadline:
        return t.deadline.toString(Qt::ISODate);
    case Column::Milestones:
        return milestonesText(t.milestones);
    case Column::Targets:
        return targetsText(t.targets);
    case Column::Warnings: {
        const QStringList w = warningsFor(index.row());
        return w.isEmpty() ? QString() : (role == Qt::EditRole ? w.join(QLatin1Char('\n')) : w.first());
    }
    }
    return {};
}

bool ImportTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_doc->tasks.size())
        return false;
    Task &t = m_doc->tasks[index.row()];
    const QString text = value.toString().trimmed();
    switch (static_cast<Column>(index.column())) {
    case Column::Code:
        if (text.isEmpty())
            return false;
        t.code = text;
        break;
    case Column::Title:
        if (text.isEmpty())
            return false;
        t.title = text;
        break;
    case Column::Lead: // 甲局、乙局: several leads
        t.leads = splitUnits(text);
        for (const QString &lead : std::as_const(t.leads))
            t.co.removeAll(lead);
        break;
    case Column::CoUnits:
        t.co = splitUnits(text);
        for (const QString &lead : std::as_const(t.leads))
            t.co.removeAll(lead);
        break;
    case Column::Deadline: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return false;
        t.deadline = d;
        break;
    }
    case Column::Milestones: {
        QList<Milestone> ms;
        const QStringList parts =
            text.split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QDate d = QDate::fromString(p, Qt::ISODate);
            if (!d.isValid())
                return false;
            QString label;
            for (const Milestone &old : std::as_const(t.milestones))
                if (old.date == d)
                    label = old.text;
            ms.append(Milestone{0, d, label, false});
        }
        t.milestones = ms;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount_ - 1));
    return true;
}

Qt::ItemFlags ImportTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (static_cast<Column>(index.column())) {
    case Column::Code:
    case Column::Title:
    case Column::Lead:
    case Column::CoUnits:
    case Column::Deadline:
    case Column::Milestones:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant ImportTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Code:
        return tr("No.");
    case Column::Section:
        return tr("Section");
    case Column::Title:
        return tr("Task");
    case Column::Lead:
        return tr("Lead unit");
    case Column::CoUnits:
        return tr("Co-responsible units");
    case Column::Deadline:
        return tr("Deadline");
    case Column::Milestones:
        return tr("Milestones");
    case Column::Targets:
        return tr("Targets");
    case Column::Warnings:
        return tr("Warnings");
    }
    return {};
}

ImportTargetModel::ImportTargetModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_doc(document)
{
}

void ImportTargetModel::reset()
{
    beginResetModel();
    endResetModel();
}

int ImportTargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->targets.size());
}

int ImportTargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant ImportTargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_doc->targets.size())
        return {};
    const Target &t = m_doc->targets.at(index.row());
    if (role == Qt::ToolTipRole)
        return t.source;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Name:
        return t.name;
    case Column::Value:
        return number(t.value);
    case Column::Measure:
        return t.measure;
    case Column::Comparator:
        return comparatorSymbol(t.comparator);
    case Column::Stretch:
        return t.stretch ? number(*t.stretch) : QString();
    case Column::Period:
        return t.period;
    }
    return {};
}

bool ImportTargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_doc->targets.size())
        return false;
    Target &t = m_doc->targets[index.row()];
    const QString text = value.toString().trimmed();
    switch (static_cast<Column>(index.column())) {
    case Column::Name:
        if (text.isEmpty())
            return false;
        t.name = text;
        break;
    case Column::Value: {
        const auto v = FiniteNumber::parse(text);
        if (!v)
            return false;
        t.value = *v;
        break;
    }
    case Column::Measure:
        t.measure = text;
        break;
    case Column::Comparator: {
        const auto c = comparatorFromSymbol(text);
        if (!c)
            return false;
        t.comparator = *c;
        break;
    }
    case Column::Stretch:
        if (text.isEmpty()) {
            t.stretch.reset();
        } else {
            const auto v = FiniteNumber::parse(text);
            if (!v)
                return false;
            t.stretch = *v;
        }
        break;
    case Column::Period:
        if (!QRegularExpression(QStringLiteral("^\\d{4}(-(Q[1-4]|H[12]|\\d{2}))?$")).match(text).hasMatch())
            return false;
        t.period = text;
        break;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ImportTargetModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant ImportTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Indicator");
    case Column::Value:
        return tr("Target");
    case Column::Measure:
        return tr("Measure");
    case Column::Comparator:
        return tr("Comparator");
    case Column::Stretch:
        return tr("Stretch");
    case Column::Period:
        return tr("Period");
    }
    return {};
}

} // namespace duban::ui
