#include "UnitDirectoryDialog.h"

#include "ui/AppSettings.h"
#include "ui/commands/TaskCommands.h"
#include "ui/models/UnitTableModel.h"

#include "core/import/UnitResolver.h"

#include "core/services/UndoStack.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

UnitDirectoryDialog::UnitDirectoryDialog(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QDialog(parent), m_store(store), m_undo(undo), m_model(new UnitTableModel(store, undo, this)),
      m_proxy(new QSortFilterProxyModel(this)) // a few hundred units at most: a proxy is fine here
      ,
      m_table(new QTableView(this)), m_filter(new QLineEdit(this))
{
    setWindowTitle(tr("Unit directory"));
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("Double-click a name to rename the unit everywhere, or the aliases to add other "
                      "names it is known by (separate them with 、 or commas)."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_filter->setPlaceholderText(tr("Filter units"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UnitTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(UnitTableModel::Column::Leads), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(int(UnitTableModel::Column::Name),
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(int(UnitTableModel::Column::Aliases),
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mergeButton = buttons->addButton(tr("&Merge into…"), QDialogButtonBox::ActionRole);
    m_mergeButton->setToolTip(
        tr("Merge the selected unit into another: every task, target, report and notice "
           "moves, and its name becomes an alias"));
    m_deleteButton = buttons->addButton(tr("&Delete unit"), QDialogButtonBox::ActionRole);
    m_deleteButton->setToolTip(tr("Delete the selected unit; only a unit no task or target names"));
    connect(m_mergeButton, &QPushButton::clicked, this, &UnitDirectoryDialog::mergeSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &UnitDirectoryDialog::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitDirectoryDialog::updateButtons);
    auto *undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    undoButton->setEnabled(undo->canUndo());
    connect(undo, &core::UndoStack::changed, undoButton,
            [undo, undoButton] { undoButton->setEnabled(undo->canUndo()); });
    connect(undoButton, &QPushButton::clicked, undo, [undo] { undo->undo(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &UnitTableModel::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });

    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_chooseTarget = [this](const QString &from, const QStringList &choices) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Merge units"), tr("Merge “%1” into:").arg(from), choices, 0, false, &ok);
        return ok ? chosen : QString();
    };
    updateButtons();

    QSettings s;
    const QByteArray geometry = settings::unitDialogGeometry.get(s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(820, 560);
}

std::optional<Unit> UnitDirectoryDialog::selectedUnit() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->unitAt(current.row());
}

void UnitDirectoryDialog::updateButtons()
{
    const auto unit = selectedUnit();
    m_mergeButton->setEnabled(unit.has_value());
    m_deleteButton->setEnabled(
        unit && m_model->referencesAt(m_proxy->mapToSource(m_table->currentIndex()).row()) == 0);
}

void UnitDirectoryDialog::mergeSelected()
{
    const auto from = selectedUnit();
    if (!from)
        return;
    // The likeliest targets first: the close names the importer warns about.
    QStringList others;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Unit u = m_model->unitAt(row);
        if (u.id != from->id)
            others.append(u.name);
    }
    QStringList choices = UnitResolver::closestNames(from->name, others, 5);
    for (const QString &name : std::as_const(others))
        if (!choices.contains(name))
            choices.append(name);
    const QString intoName = m_chooseTarget(from->name, choices);
    if (intoName.isEmpty())
        return;
    std::optional<Unit> into;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->unitAt(row).name == intoName)
            into = m_model->unitAt(row);
    if (!into)
        return;
    const QString question =
        tr("Merge “%1” into “%2”? Every task, target, report and notice that names “%1” will name “%2”, and "
           "“%1” becomes an alias of “%2”. One step of undo puts everything back.")
            .arg(from->name, into->name);
    if (!m_ask(tr("Merge units"), question))
        return;
    core::StorageError error;
    if (!StoreCommand::push(units::merge(m_store, *from, *into), &error))
        QMessageBox::warning(this, tr("Merge units"), error.message);
}

void UnitDirectoryDialog::deleteSelected()
{
    const auto unit = selectedUnit();
    if (!unit)
        return;
    if (!m_ask(tr("Delete unit"), tr("Delete the unit “%1”? No task or target names it.").arg(unit->name)))
        return;
    core::StorageError error;
    if (!StoreCommand::push(units::remove(m_store, *unit), &error))
        QMessageBox::warning(this, tr("Delete unit"), error.message);
}

void UnitDirectoryDialog::done(int result)
{
    QSettings s;
    settings::unitDialogGeometry.set(s, saveGeometry());
    QDialog::done(result);
}

} // namespace duban::ui
