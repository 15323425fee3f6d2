#include "CalendarDialog.h"

#include "core/services/CalendarService.h"
#include "core/services/OpenLedger.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

QString kindText(DayKind kind)
{
    return kind == DayKind::Workday ? CalendarDialog::tr("Working day (班)")
                                    : CalendarDialog::tr("Day off (休)");
}

QString shippedText()
{
    const WorkCalendar shipped = WorkCalendar::shipped();
    if (shipped.firstYear() == 0)
        return CalendarDialog::tr("Duban ships no holidays: every year counts Monday to Friday unless you "
                                  "enter its days here.");
    return CalendarDialog::tr("Duban ships China's statutory holidays and 调休 working days for %1–%2; other "
                              "years count Monday to Friday only. Add the office's own days here: a new year "
                              "from the State Council's notice, or a local day off. An entry replaces the "
                              "shipped day of its date; the entries are saved in the database.")
        .arg(shipped.firstYear())
        .arg(shipped.lastYear());
}

} // namespace

CalendarDialog::CalendarDialog(OpenLedger *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_table(new QTableWidget(0, ColumnCount, this)),
      m_date(new QDateEdit(this)), m_kind(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_paste(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Working-day calendar"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(shippedText(), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_kind->addItem(kindText(DayKind::Holiday), int(DayKind::Holiday));
    m_kind->addItem(kindText(DayKind::Workday), int(DayKind::Workday));
    m_name->setMaxLength(CalendarService::kMaxNameLength);
    m_name->setPlaceholderText(tr("Name (国庆节)"));
    auto *addButton = new QPushButton(tr("&Add"), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    row->addWidget(m_date);
    row->addWidget(m_kind);
    row->addWidget(m_name, 1);
    row->addWidget(addButton);
    row->addWidget(m_removeButton);
    layout->addLayout(row);
    // A weekend entered is most likely a 调休 working day, a weekday a day off.
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_kind->setCurrentIndex(
            m_kind->findData(int(d.dayOfWeek() >= 6 ? DayKind::Workday : DayKind::Holiday)));
    });
    connect(addButton, &QPushButton::clicked, this, &CalendarDialog::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &CalendarDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_removeButton->setEnabled(false);

    auto *pasteGroup = new QGroupBox(tr("Paste lines"), this);
    auto *pasteLayout = new QVBoxLayout(pasteGroup);
    m_paste->setPlaceholderText(
        tr("One day a line, as in the State Council's notice:\n"
           "2027-10-01 holiday 国庆节\n2027-10-09 workday 国庆节\n(休 and 班 work too)"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    pasteLayout->addWidget(m_paste);
    auto *pasteButton = new QPushButton(tr("Add &lines"), pasteGroup);
    connect(pasteButton, &QPushButton::clicked, this, &CalendarDialog::addPastedLines);
    pasteLayout->addWidget(pasteButton, 0, Qt::AlignRight);
    layout->addWidget(pasteGroup);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    StorageError error;
    const QList<CalendarDay> saved = CalendarService(m_store->database()).officeDays(&error);
    if (error.isError())
        showProblem(error.message);
    setEntries(saved);
    m_saved = m_entries;
    resize(640, 600);
}

QString CalendarDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QList<CalendarDay> CalendarDialog::entries() const
{
    return m_entries.values();
}

void CalendarDialog::setEntries(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days)
        m_entries.insert(day.date.toJulianDay(), day);
    showEntries();
}

void CalendarDialog::showEntries()
{
    m_table->setRowCount(int(m_entries.size()));
    int row = 0;
    for (const CalendarDay &day : std::as_const(m_entries)) {
        const QStringList cells{day.date.toString(Qt::ISODate), locale().dayName(day.date.dayOfWeek()),
                                kindText(day.kind), day.name};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, day.date);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
}

void CalendarDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CalendarDialog::addEntry()
{
    const CalendarDay day{m_date->date(), DayKind(m_kind->currentData().toInt()), m_name->text().trimmed()};
    StorageError invalid;
    if (!CalendarService::validate({day}, &invalid)) {
        showProblem(invalid.message);
        return;
    }
    showProblem({});
    setEntries({day});
}

bool CalendarDialog::addPastedLines()
{
    QString error;
    const std::optional<QList<CalendarDay>> days =
        CalendarService::parseEntries(m_paste->toPlainText(), &error);
    if (!days) {
        showProblem(error);
        return false;
    }
    showProblem({});
    setEntries(*days);
    m_paste->clear();
    return true;
}

void CalendarDialog::removeSelected()
{
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        m_entries.remove(index.data(Qt::UserRole).toDate().toJulianDay());
    showEntries();
}

bool CalendarDialog::save()
{
    QList<CalendarDay> changed;
    for (const CalendarDay &day : std::as_const(m_entries))
        if (!m_saved.contains(day.date.toJulianDay()) || m_saved.value(day.date.toJulianDay()) != day)
            changed.append(day);
    QList<QDate> removed;
    for (const CalendarDay &day : std::as_const(m_saved))
        if (!m_entries.contains(day.date.toJulianDay()))
            removed.append(day.date);
    if (changed.isEmpty() && removed.isEmpty())
        return true;
    StorageError error;
    if (m_store->refuseWhileHeld(&error) ||
        !CalendarService(m_store->database()).saveChanges(changed, removed, &error)) {
        showProblem(error.message);
        return false;
    }
    m_saved = m_entries;
    // 签收 and reminders count working days: the lights follow the new calendar.
    m_store->recomputeStatus();
    return true;
}

void CalendarDialog::done(int result)
{
    // Lines pasted but not yet added are taken too, as if "Add lines" had been pressed.
    if (result == Accepted && !m_paste->toPlainText().trimmed().isEmpty() && !addPastedLines())
        return;
    if (result == Accepted && !save())
        return;
    QDialog::done(result);
}

} // namespace duban::ui
