#include "MainWindow.h"

#include "commands/UndoActions.h"

#include "AppSettings.h"
#include "core/services/LedgerExportService.h"
#include "core/services/OpenLedger.h"
#include "dialogs/BriefingDialog.h"
#include "dialogs/CalendarDialog.h"
#include "dialogs/ExportLedgerDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NoticeDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ReportPackageDialogs.h"
#include "dialogs/StatusThresholdsDialog.h"
#include "dialogs/UnitDirectoryDialog.h"
#include "export/LedgerWorkbook.h"
#include "views/DashboardView.h"
#include "views/IndicatorsView.h"
#include "views/LedgerBatchActions.h"
#include "views/LedgerView.h"
#include "views/SupervisionView.h"
#include "views/TypedDateEdit.h"
#include "views/WelcomePage.h"
#include "WindowDatabase.h"

#include "core/storage/Database.h"

#include "core/services/UndoStack.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <thread>

namespace duban::ui {

using namespace duban::core;

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent) : QMainWindow(parent)
{
    m_askCreate = [this](const QString &question) {
        return QMessageBox::question(this, tr("Open database"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_damaged = [this](const QString &message) {
        QMessageBox::critical(
            this, tr("Damaged database"),
            tr("%1\n\nDuban closes this window; nothing was written to the file.").arg(message));
        close();
    };
    setObjectName(QStringLiteral("MainWindow"));
    // The first time, as large as the ledger and detail pane want, but never larger than the screen.
    resize(QSize(1400, 860).boundedTo(screen()->availableGeometry().size()));
    buildScreens(std::move(database));
    buildMenus();
    routeUndoKeysToActions(this);
    QSettings s;
    const QByteArray geometry = settings::windowGeometry.get(s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings::windowState.get(s));
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_store->path())));
}

MainWindow::~MainWindow()
{
    // The screens go before the ledger they show; the ledger joins its threads and closes the database.
    delete takeCentralWidget();
    delete m_store;
    m_store = nullptr;
}

void MainWindow::buildScreens(std::unique_ptr<Database> database)
{
    const bool checkPending = database->integrityPending();
    // Each step and edit is recorded under the user's name (留痕), as the preferences give it.
    m_loginName = database->actor();
    database->setActor(settings::actorName.get(QSettings()));
    m_store = new core::OpenLedger(std::shared_ptr<Database>(std::move(database)), this);
    connect(m_store, &core::OpenLedger::integrityChecked, this, &MainWindow::integrityChecked);
    connect(m_store, &core::OpenLedger::storageFailed, this, &MainWindow::showStorageError);
    // Big ledgers load in a worker thread: show how far it got, keep the window responsive.
    if (!m_progress) {
        m_progress = new QProgressBar(this);
        m_progress->setMaximumWidth(260);
        m_progress->setTextVisible(true);
        m_progress->setFormat(tr("Loading %p%"));
        statusBar()->addPermanentWidget(m_progress);
        m_progress->hide();
    }
    connect(m_store, &core::OpenLedger::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        m_progress->setRange(0, 0);
        if (loading)
            statusBar()->showMessage(tr("Loading the ledger…"));
        else
            statusBar()->showMessage(tr("%n task(s) loaded.", nullptr, m_store->index().size()), 5000);
        updatePage();
    });
    connect(m_store, &core::OpenLedger::loadProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    m_store->reload();
    if (checkPending) {
        statusBar()->showMessage(tr("Checking the database file; edits wait until the check has passed…"));
        m_store->checkIntegrityInBackground();
    }

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_welcome->setDatabasePath(m_store->path());
    m_tabs = new QTabWidget(m_pages);
    m_tabs->setDocumentMode(true);
    m_ledger = new LedgerView(m_store, m_store->undoStack(), m_tabs);
    m_ledger->restoreLayout(QSettings());
    m_tabs->addTab(m_ledger, tr("Task ledger"));
    m_supervision = new SupervisionView(m_store, m_store->undoStack(), m_tabs);
    m_tabs->addTab(m_supervision, tr("Supervision"));
    m_dashboard = new DashboardView(m_store, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(new IndicatorsView(m_store, m_store->undoStack(), m_tabs), tr("Indicators"));
    connect(m_supervision, &SupervisionView::taskActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_ledger);
        m_ledger->selectTask(id);
    });
    connect(m_dashboard, &DashboardView::lightActivated, this, [this](core::Light light) {
        m_tabs->setCurrentWidget(m_ledger);
        m_ledger->showLight(light);
    });
    connect(m_dashboard, &DashboardView::unitActivated, this, [this](qint64 unit) {
        m_tabs->setCurrentWidget(m_ledger);
        m_ledger->showUnit(unit);
    });
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    connect(m_welcome, &WelcomePage::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::importPlanRequested, this, &MainWindow::importPlan);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::newTaskRequested, this, [this] {
        m_pages->setCurrentWidget(m_tabs);
        m_ledger->newTask();
    });
    connect(m_ledger, &LedgerView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_store, &core::OpenLedger::reset, this, &MainWindow::updatePage);
    connect(m_store, &core::OpenLedger::taskAdded, this, &MainWindow::updatePage);
    connect(m_store, &core::OpenLedger::taskRemoved, this, &MainWindow::updatePage);
    updatePage();
    setWindowTitle(tr("Duban — %1").arg(QFileInfo(m_store->path()).fileName()));
}

core::UndoStack *MainWindow::undoStack() const
{
    return m_store->undoStack();
}

core::Database *MainWindow::database() const
{
    return &m_store->database();
}

void MainWindow::integrityChecked(bool ok, const QString &message)
{
    if (ok) {
        statusBar()->showMessage(tr("The database file was checked: it is sound."), 5000);
        emit integrityCheckFinished(true);
        return;
    }
    // Damaged: nothing more is read from it or written to it.
    emit integrityCheckFinished(false);
    m_damaged(message);
}

void MainWindow::updatePage()
{
    if (!m_pages || !m_store)
        return; // still building the screens
    const bool tasks = m_store->index().size() > 0 || m_store->isLoading();
    m_pages->setCurrentWidget(tasks ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import plan…"), this, &MainWindow::importPlan);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Open the &sample plan"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *briefing = file->addAction(tr("&Briefing…"), this, [this] {
        BriefingDialog dialog(m_store, this);
        dialog.exec();
    });
    briefing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    // A numbered 督办通知单 / 催办单 to a unit (the unit selected in the supervision view to start with).
    QAction *notice = file->addAction(tr("Supervision &notice…"), this, [this] {
        m_pages->setCurrentWidget(m_tabs);
        NoticeDialog dialog(m_store, m_supervision->selectedUnit(), this);
        dialog.exec();
    });
    notice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    //: zh_CN: 导出台账(&E)…
    QAction *exportLedger = file->addAction(tr("&Export ledger…"), this, [this] {
        m_pages->setCurrentWidget(m_tabs);
        ExportLedgerDialog dialog(m_store, m_ledger->shownTaskIds(), this);
        if (dialog.exec() == QDialog::Accepted)
            //: zh_CN: 台账已导出：%1
            statusBar()->showMessage(tr("Ledger exported: %1").arg(dialog.pathEdit()->text()), 8000);
    });
    exportLedger->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    //: zh_CN: 发送报送表…
    file->addAction(tr("Send report &packages…"), this, [this] {
        SendPackagesDialog dialog(m_store, this);
        dialog.exec();
    });
    //: zh_CN: 收取报送表…
    file->addAction(tr("&Collect returned packages…"), this, [this] {
        CollectPackagesDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted)
            //: zh_CN: 报送表已收入台账（可撤销）。
            statusBar()->showMessage(tr("The returned packages were collected (can be undone)."), 8000);
    });
    //: zh_CN: 打印台账(&P)…
    QAction *print =
        file->addAction(tr("&Print ledger…"), this, [this] { printTasks(m_ledger->shownTaskIds()); });
    print->setShortcut(QKeySequence::Print);
    //: zh_CN: 打印督查督办清单…
    file->addAction(tr("Print the &supervision list…"), this,
                    [this] { printTasks(m_supervision->listedTaskIds()); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoAction(m_store->undoStack(), tr("&Undo"), menuBar());
    undo->setShortcuts(undoKeys());
    QAction *redo = redoAction(m_store->undoStack(), tr("&Redo"), menuBar());
    redo->setShortcuts(redoKeys());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newTask = edit->addAction(tr("&New task"), this, [this] {
        m_pages->setCurrentWidget(m_tabs);
        m_ledger->newTask();
    });
    newTask->setShortcut(QKeySequence::New);
    QAction *del = edit->addAction(tr("&Delete task"), m_ledger, &LedgerView::deleteCurrentTask);
    del->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_ledger, &LedgerView::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QMenu *selected = edit->addMenu(tr("&Selected tasks"));
    selected->addActions(m_ledger->batch()->actions());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *units = view->addAction(tr("&Unit directory…"), this, &MainWindow::showUnitDirectory);
    units->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    view->addAction(m_ledger->detailPaneAction());

    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *tab = view->addAction(m_tabs->tabText(i), this, [this, i] {
            m_pages->setCurrentWidget(m_tabs);
            m_tabs->setCurrentIndex(i);
        });
        tab->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(tr("Status light &rules…"), this, &MainWindow::editStatusRules);
    view->addAction(tr("Working-day &calendar…"), this, [this] {
        CalendarDialog dialog(m_store, this);
        dialog.exec();
    });

    // The as-of date (统计截止日期) every view computes with.
    if (!m_toolbar) {
        m_toolbar = addToolBar(tr("Statistics date"));
        m_toolbar->setObjectName(QStringLiteral("asOfToolbar"));
    }
    m_toolbar->clear();
    m_toolbar->addWidget(new QLabel(tr(" As of "), m_toolbar));
    auto *asOf = new TypedDateEdit(m_store->asOf(), m_toolbar);
    asOf->setObjectName(QStringLiteral("asOfDate"));
    asOf->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    asOf->setToolTip(tr("Statistics date: every light, count and briefing is computed as of this day"));
    m_toolbar->addWidget(asOf);
    connect(asOf, &QDateEdit::dateChanged, m_store, &core::OpenLedger::setAsOf);
    connect(m_store, &core::OpenLedger::asOfChanged, asOf, &QDateEdit::setDate);
    m_toolbar->addAction(tr("Today"), this, [asOf] { asOf->setDate(QDate::currentDate()); });
    m_toolbar->addSeparator();
    m_toolbar->addAction(undoAction(m_store->undoStack(), tr("Undo"), m_toolbar));
    m_toolbar->addAction(redoAction(m_store->undoStack(), tr("Redo"), m_toolbar));

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = settings::language.get(QSettings());
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Duban"), this, &MainWindow::showAbout);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings s;
    settings::language.set(s, code);
    QMessageBox::information(this, tr("Language"),
                             tr("Duban will use the new language the next time it starts."));
}

void MainWindow::showStorageError(const QString &message)
{
    QMessageBox::warning(this, tr("Could not save"),
                         tr("The change could not be saved to the database:\n%1").arg(message));
    m_store->reload();
}

bool MainWindow::openDatabase(const QString &path)
{
    StorageError error;
    auto database = WindowDatabase::open(path, m_askCreate, &error);
    if (!database) {
        if (error.code != StorageError::Code::Missing) // Missing: the user declined to create it
            QMessageBox::warning(this, tr("Open database"), error.message);
        return false;
    }
    // The old screens may be the sender of this call (the welcome page's button): retire them later,
    // and close the old database only once the store that uses it is gone.
    {
        QSettings s; // the next ledger opens as this one was laid out
        m_ledger->saveLayout(s);
    }
    QWidget *oldPages = takeCentralWidget();
    core::OpenLedger *oldStore = m_store;
    oldStore->disconnect(this);
    oldStore->setParent(oldPages);
    oldPages->deleteLater();
    m_pages = nullptr;
    m_ledger = nullptr;
    m_store = nullptr;
    buildScreens(std::move(database));
    menuBar()->clear();
    buildMenus();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_store->path())));
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a database"), QFileInfo(m_store->path()).absolutePath(),
        tr("Duban databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showUnitDirectory()
{
    UnitDirectoryDialog dialog(m_store, m_store->undoStack(), this);
    dialog.exec();
}

void MainWindow::importPlan()
{
    runImportDialog({}, {});
}

void MainWindow::openSample()
{
    QFile sample(QStringLiteral(":/sample/xiangjiang-2023-ten-actions.txt"));
    if (!sample.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Sample plan"), tr("The sample plan is missing from this build."));
        return;
    }
    runImportDialog({}, sample.readAll());
}

void MainWindow::runImportDialog(const QString &path, const QByteArray &sample)
{
    ImportDialog dialog(m_store, m_store->undoStack(), this);
    if (!sample.isEmpty()) {
        if (!dialog.loadBytes(sample, tr("Sample plan (湘新综发〔2023〕22号)")))
            return;
    } else if (!path.isEmpty()) {
        if (!dialog.loadFile(path))
            return;
    } else {
        dialog.chooseFile();
        if (dialog.document().tasks.isEmpty())
            return;
    }
    if (dialog.exec() == QDialog::Accepted) {
        m_pages->setCurrentWidget(m_tabs);
        statusBar()->showMessage(tr("Imported %1 tasks.").arg(dialog.document().tasks.size()), 8000);
    }
}

void MainWindow::printTasks(const std::vector<qint64> &taskIds)
{
    if (taskIds.empty()) {
        //: zh_CN: 没有可打印的任务。
        statusBar()->showMessage(tr("There is no task to print."), 5000);
        return;
    }
    LedgerExportScope scope;
    scope.taskIds = taskIds;
    StorageError error;
    const std::optional<LedgerSheet> sheet =
        LedgerExportService(m_store->database()).build(scope, m_store->asOf(), &error);
    if (!sheet) {
        showStorageError(error.message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.resize(1100, 800);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&sheet](QPrinter *p) { LedgerWorkbook::print(*sheet, p); });
    preview.exec();
}

void MainWindow::editStatusRules()
{
    StatusThresholdsDialog dialog(m_store->statusThresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StorageError error;
    if (!m_store->setStatusThresholds(dialog.thresholds(), &error))
        showStorageError(error.message);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(settings::actorName.get(QSettings()), m_loginName, this);
    if (dialog.exec() == QDialog::Accepted)
        setActorName(dialog.name());
}

void MainWindow::setActorName(const QString &name)
{
    QSettings s;
    settings::actorName.set(s, name.trimmed());
    m_store->database().setActor(name);
    statusBar()->showMessage(tr("Steps are recorded as %1.").arg(m_store->database().actor()), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Duban"),
        tr("<h3>Duban %1</h3><p>Decomposes policy documents into a ledger of assigned tasks and "
           "supervises them to completion.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    settings::windowGeometry.set(s, saveGeometry());
    settings::windowState.set(s, saveState());
    m_ledger->saveLayout(s);
    event->accept();
}

} // namespace duban::ui
