#include "ImportDialog.h"

#include "core/services/OpenLedger.h"
#include "ui/AppSettings.h"
#include "ui/commands/TaskCommands.h"
#include "ui/models/ImportPreviewModel.h"

#include "core/import/PlanDiff.h"
#include "core/import/PlanImporter.h"
#include "core/import/TextDecoder.h"
#include "core/io/InputFile.h"

#include "core/services/UndoStack.h"
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

QString fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "title")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "text")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "section")},
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "lead unit")},
        {QStringLiteral("co"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "co-units")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "deadline")},
        {QStringLiteral("milestones"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "milestones")},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "targets")},
        {QStringLiteral("reporting"), QT_TRANSLATE_NOOP("duban::ui::ImportDialog", "reporting cycle")},
    };
    const char *n = names.value(key);
    return n ? QCoreApplication::translate("duban::ui::ImportDialog", n) : key;
}

} // namespace

ImportDialog::ImportDialog(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QDialog(parent), m_store(store), m_undo(undo), m_tasks(new ImportTaskModel(&m_document, this)),
      m_targets(new ImportTargetModel(&m_document, this))
{
    setWindowTitle(tr("Import plan"));
    resize(1280, 800);
    auto *layout = new QVBoxLayout(this);

    auto *sourceRow = new QHBoxLayout();
    m_source = new QLabel(tr("No document chosen."), this);
    m_source->setWordWrap(true);
    sourceRow->addWidget(m_source, 1);
    auto *choose = new QPushButton(tr("Choose document…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    sourceRow->addWidget(choose);
    layout->addLayout(sourceRow);

    auto *header = new QFormLayout();
    m_title = new QLineEdit(this);
    header->addRow(tr("Title"), m_title);
    auto *row = new QHBoxLayout();
    m_number = new QLineEdit(this);
    m_issuer = new QLineEdit(this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2100);
    row->addWidget(new QLabel(tr("Number"), this));
    row->addWidget(m_number, 2);
    row->addWidget(new QLabel(tr("Issuer"), this));
    row->addWidget(m_issuer, 2);
    row->addWidget(new QLabel(tr("Date"), this));
    row->addWidget(m_date);
    row->addWidget(new QLabel(tr("Plan year"), this));
    row->addWidget(m_year);
    header->addRow(QString(), row);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(splitter);
    m_taskTable = new QTableView(m_tabs);
    m_taskTable->setModel(m_tasks);
    m_taskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_taskTable->verticalHeader()->hide();
    m_taskTable->setWordWrap(false);
    m_taskTable->setAlternatingRowColors(true);
    const QList<std::pair<ImportTaskModel::Column, int>> widths = {
        {ImportTaskModel::Column::Line, 50},     {ImportTaskModel::Column::Code, 60},
        {ImportTaskModel::Column::Section, 150}, {ImportTaskModel::Column::Title, 220},
        {ImportTaskModel::Column::Lead, 200},    {ImportTaskModel::Column::CoUnits, 260},
        {ImportTaskModel::Column::Deadline, 95}, {ImportTaskModel::Column::Milestones, 110},
        {ImportTaskModel::Column::Targets, 260}, {ImportTaskModel::Column::Warnings, 300}};
    for (const auto &[column, width] : widths)
        m_taskTable->setColumnWidth(int(column), width);
    // Warnings next to the line they come from.
    m_taskTable->horizontalHeader()->moveSection(int(ImportTaskModel::Column::Warnings), 1);
    m_taskTable->setColumnWidth(int(ImportTaskModel::Column::Warnings), 240);
    m_taskTable->verticalHeader()->setDefaultSectionSize(m_taskTable->fontMetrics().height() + 8);
    m_tabs->addTab(m_taskTable, tr("Tasks"));
    m_targetTable = new QTableView(m_tabs);
    m_targetTable->setModel(m_targets);
    m_targetTable->verticalHeader()->hide();
    m_targetTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_targetTable, tr("Plan targets"));
    m_sections = new QListWidget(m_tabs);
    m_tabs->addTab(m_sections, tr("Sections"));

    auto *warningBox = new QWidget(splitter);
    auto *wl = new QVBoxLayout(warningBox);
    wl->setContentsMargins(0, 0, 0, 0);
    wl->addWidget(
        new QLabel(tr("Warnings — check these before importing (click one to go to its task):"), warningBox));
    m_warnings = new QListWidget(warningBox);
    wl->addWidget(m_warnings);
    splitter->addWidget(m_tabs);
    splitter->addWidget(warningBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int taskRow = m_tasks->rowForLine(item->data(Qt::UserRole).toInt());
        if (taskRow >= 0) {
            m_tabs->setCurrentWidget(m_taskTable);
            m_taskTable->selectRow(taskRow);
            m_taskTable->scrollTo(m_tasks->index(taskRow, 0));
        }
    });
    connect(m_warnings, &QListWidget::itemClicked, m_warnings, &QListWidget::itemActivated);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    QSettings s;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a plan document"), settings::lastImportFolder.get(s),
                                     tr("Text documents (*.txt *.text *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    settings::lastImportFolder.set(s, QFileInfo(path).absolutePath());
    loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    // Only a regular file within the importer's limit is read (a FIFO would block, /dev/zero never end).
    const InputFile::Result file = InputFile::read(path, TextDecoder::MaxBytes);
    if (!file.ok()) {
        m_lastError = file.message;
        QMessageBox::warning(this, windowTitle(), m_lastError);
        return false;
    }
    return load(file.bytes, QFileInfo(path).fileName());
}

bool ImportDialog::loadBytes(const QByteArray &bytes, const QString &name)
{
    return load(bytes, name);
}

bool ImportDialog::load(const QByteArray &bytes, const QString &name)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportOutcome outcome = m_store->imports().decompose(bytes);
    QApplication::restoreOverrideCursor();
    if (!outcome.ok()) {
        m_lastError = tr("%1 cannot be imported: %2")
                          .arg(name, outcome.error ? outcome.error->message : tr("nothing was recognised"));
        QMessageBox::warning(this, windowTitle(), m_lastError);
        return false;
    }
    m_lastError.clear();
    m_document = *outcome.document;
    assignSectionIndexes(m_document);
    m_units = outcome.units;
    m_source->setText(tr("%1 — %2, %3 tasks, %4 warnings")
                          .arg(name, outcome.encoding)
                          .arg(m_document.tasks.size())
                          .arg(m_document.warnings.size()));
    showDocument();
    return true;
}

void ImportDialog::showDocument()
{
    const Plan &p = m_document.plan;
    m_title->setText(p.title);
    m_title->setCursorPosition(0);
    m_number->setText(p.number);
    m_issuer->setText(p.issuer);
    m_date->setDate(p.date.isValid() ? p.date
                                     : QDate(p.year > 0 ? p.year : QDate::currentDate().year(), 1, 1));
    m_year->setValue(p.year > 0 ? p.year : QDate::currentDate().year());
    m_tasks->reset();
    m_targets->reset();
    m_sections->clear();
    for (const Section &s : std::as_const(m_document.sections))
        m_sections->addItem(s.label());
    m_warnings->clear();
    for (const ImportWarning &w : std::as_const(m_document.warnings)) {
        auto *item = new QListWidgetItem(tr("Line %1: %2").arg(w.line).arg(w.message), m_warnings);
        item->setData(Qt::UserRole, w.line);
    }
    m_tabs->setTabText(0, tr("Tasks (%1)").arg(m_document.tasks.size()));
    m_tabs->setTabText(1, tr("Plan targets (%1)").arg(m_document.targets.size()));
    m_tabs->setTabText(2, tr("Sections (%1)").arg(m_document.sections.size()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_document.tasks.isEmpty());
}

void ImportDialog::readHeader()
{
    Plan &p = m_document.plan;
    p.title = m_title->text().trimmed();
    p.number = m_number->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.date = m_date->date();
    p.year = m_year->value();
}

void ImportDialog::accept()
{
    if (m_document.tasks.isEmpty())
        return;
    readHeader();
    const auto existing = m_store->imports().savedPlan(m_document);
    const bool saved = existing ? updateExisting(*existing) : saveNew();
    if (saved)
        QDialog::accept();
}

bool ImportDialog::saveNew()
{
    auto *command = new ImportPlanCommand(m_store, m_document, m_units);
    StorageError error;
    if (!StoreCommand::push(command, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error.message));
        return false;
    }
    m_savedPlanId = command->planId();
    return true;
}

bool ImportDialog::updateExisting(const core::ImportService::SavedPlan &saved)
{
    const PlanDiff &diff = saved.diff;
    QStringList lines;
    if (diff.isEmpty())
        lines.append(tr("The document is the same as the saved plan; nothing would change."));
    if (diff.headerChanged)
        lines.append(tr("The title, issuer, date or plan year changes."));
    if (!diff.added.isEmpty())
        lines.append(tr("New tasks: %1").arg(diff.added.join(QStringLiteral("、"))));
    if (!diff.removed.isEmpty())
        lines.append(tr("Tasks no longer in the document (removed unless they have progress or supervision "
                        "records): %1")
                         .arg(diff.removed.join(QStringLiteral("、"))));
    for (const PlanDiff::Change &c : diff.changed) {
        QStringList fields;
        for (const QString &f : c.fields)
            fields.append(fieldName(f));
        lines.append(tr("Task %1 %2: %3").arg(c.code, c.title, fields.join(QStringLiteral("、"))));
    }
    if (diff.targetsChanged)
        lines.append(tr("The plan-level targets change."));

    UpdateChoice choice = UpdateChoice::Cancel;
    if (m_ask) {
        choice = m_ask(lines);
    } else {
        QMessageBox box(this);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Update the saved plan?"));
        box.setText(
            tr("%1 is already in this database. Update the saved plan instead of adding a second copy? "
               "Progress, completion and supervision records of matching tasks are kept. Undo puts the "
               "saved plan back as it was.")
                .arg(m_document.plan.number));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.mid(0, 8).join(QLatin1Char('\n')) +
                               (lines.size() > 8 ? QStringLiteral("\n…") : QString()));
        QPushButton *update = box.addButton(tr("Update plan"), QMessageBox::AcceptRole);
        QPushButton *copy = box.addButton(tr("Import as a new plan"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(update);
        box.exec();
        choice = box.clickedButton() == update ? UpdateChoice::Update
                 : box.clickedButton() == copy ? UpdateChoice::ImportAsNew
                                               : UpdateChoice::Cancel;
    }
    if (choice == UpdateChoice::ImportAsNew)
        return saveNew();
    if (choice != UpdateChoice::Update)
        return false;
    StorageError error;
    auto *command = new UpdatePlanCommand(m_store, saved.planId, saved.saved, m_document, m_units);
    if (!StoreCommand::push(command, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was changed: %1").arg(error.message));
        return false;
    }
    const QStringList kept = command->kept();
    m_savedPlanId = saved.planId;
    if (!kept.isEmpty() && !m_ask)
        QMessageBox::information(
            this, windowTitle(),
            tr("These tasks are no longer in the document but were kept because they have "
               "progress or supervision records: %1")
                .arg(kept.join(QStringLiteral("、"))));
    return true;
}

} // namespace duban::ui
