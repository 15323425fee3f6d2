#include "UnitDirectoryDialog.h"

#include "ui/AppSettings.h"
#include "ui/models/UnitTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace duban::ui {

UnitDirectoryDialog::UnitDirectoryDialog(LedgerStore *store, QUndoStack *undo, QWidget *parent)
    : QDialog(parent), m_model(new UnitTableModel(store, undo, this)),
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
    auto *undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    undoButton->setEnabled(undo->canUndo());
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &UnitTableModel::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });

    QSettings s;
    const QByteArray geometry = settings::unitDialogGeometry.get(s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(820, 560);
}

void UnitDirectoryDialog::done(int result)
{
    QSettings s;
    settings::unitDialogGeometry.set(s, saveGeometry());
    QDialog::done(result);
}

} // namespace duban::ui
