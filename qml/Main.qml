// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kestrel.Ui

// The console window. Nothing shows until someone signs in, and the pages are the ones the user's roles
// allow. A status bar (counts, mute, theme, text size, who is signed in) sits over the pages.
ApplicationWindow {
    id: window
    required property Session session
    required property AlertQueueModel alerts
    required property AlertDetail detail
    required property AlertSounds sounds
    required property CameraWallModel cameras
    required property Dashboard dashboard
    required property ReadSearch search
    required property AccessRequests requests
    required property AuditTrail trail
    required property HotlistBook hotlists
    required property CloneCases clones
    required property EngineStatus status
    required property ConsoleSettings settings
    required property string startPage
    required property string startUser
    required property bool demo

    readonly property bool open: session.signedIn && !session.locked
    // The pages this user may see, in tab order.
    readonly property var pageNames: {
        const names = []
        if (window.session.canTriage) names.push("alerts")
        if (window.session.canWatchCameras) names.push("cameras")
        if (window.session.canViewDashboard) names.push("dashboard")
        if (window.session.canSearch) names.push("search")
        if (window.session.canEditHotlists || window.session.canValidateHotlists) names.push("hotlists")
        if (window.session.canReportClones || window.session.canInvestigateClones) names.push("clones")
        if (window.session.canRequestAccess || window.session.canDecideAccess) names.push("authorisations")
        if (window.session.canReadAudit) names.push("audit")
        return names
    }
    readonly property string currentPage: pageNames.length > 0 ? pageNames[Math.min(tabs.currentIndex, pageNames.length - 1)] : ""

    // A control room console has the screen to itself.
    width: Screen.desktopAvailableWidth
    height: Screen.desktopAvailableHeight
    Component.onCompleted: {
        showMaximized()
        showPage(startPage)
        focusSoon.restart()
    }
    Timer {
        id: focusSoon
        interval: 0
        onTriggered: window.focusPage()
    }
    // The keyboard goes to the page on show (the alert queue, on the Alerts page).
    function focusPage() {
        const loader = pageStack.children[pageStack.currentIndex]
        if (window.open && loader && loader.item)
            loader.item.forceActiveFocus()
    }
    onOpenChanged: focusSoon.restart()
    onCurrentPageChanged: focusSoon.restart()
    // The controls take the theme's colours.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surfaceRaised
    palette.text: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.background
    palette.mid: Theme.border
    palette.light: Theme.surfaceRaised
    palette.dark: Theme.border
    palette.placeholderText: Theme.textDim
    title: window.demo ? qsTr("Kestrel (demo data)") : qsTr("Kestrel")
    color: Theme.background

    Binding { target: Theme; property: "mode"; value: window.settings.theme }
    Binding { target: Theme; property: "fontScale"; value: window.settings.fontScale }

    function showPage(name) {
        const i = window.pageNames.indexOf(name)
        if (i >= 0)
            tabs.currentIndex = i
    }
    Connections {
        target: window.session
        function onUserChanged() { tabs.currentIndex = 0; window.showPage(window.startPage) }
    }

    Shortcut { sequences: ["F1", "?"]; enabled: window.open; onActivated: help.open() }
    Shortcut { sequence: "Ctrl+M"; onActivated: window.sounds.muted = !window.sounds.muted }
    Shortcut { sequence: "Ctrl+L"; enabled: window.open; onActivated: window.session.lock() }
    Shortcut { sequences: ["Ctrl+=", "Ctrl++"]; onActivated: window.settings.fontScale += 0.1 }
    Shortcut { sequence: "Ctrl+-"; onActivated: window.settings.fontScale -= 0.1 }
    Shortcut { sequence: "Ctrl+1"; enabled: window.open; onActivated: window.showPage("alerts") }
    Shortcut { sequence: "Ctrl+2"; enabled: window.open; onActivated: window.showPage("cameras") }
    Shortcut { sequence: "Ctrl+3"; enabled: window.open; onActivated: window.showPage("dashboard") }
    Shortcut { sequence: "Ctrl+4"; enabled: window.open; onActivated: window.showPage("search") }
    Shortcut { sequence: "Ctrl+5"; enabled: window.open; onActivated: window.showPage("authorisations") }
    Shortcut { sequence: "Ctrl+6"; enabled: window.open; onActivated: window.showPage("audit") }
    Shortcut { sequence: "Ctrl+7"; enabled: window.open; onActivated: window.showPage("hotlists") }
    Shortcut { sequence: "Ctrl+8"; enabled: window.open; onActivated: window.showPage("clones") }

    header: ToolBar {
        visible: window.open
        background: Rectangle { color: Theme.surface }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 2
            anchors.rightMargin: Theme.spacing * 2
            spacing: Theme.spacing * 2
            Label {
                text: qsTr("Kestrel")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontSize + 6
            }
            Label {
                visible: window.demo
                text: qsTr("DEMO DATA")
                color: Theme.plateText
                font.bold: true
                font.pixelSize: Theme.fontSize - 2
                padding: 4
                background: Rectangle { color: Theme.plateYellow; radius: 3 }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Open alerts: %1 · Reads stored: %2").arg(window.alerts.count).arg(window.status.readsTotalText)
                color: Theme.text
                font.pixelSize: Theme.fontSize
                elide: Text.ElideRight
            }
            Button {
                id: muteButton
                objectName: "mute"
                text: window.sounds.muted ? qsTr("SOUND OFF (Ctrl+M)") : qsTr("\u266A Sound on")
                font.pixelSize: Theme.fontSize - 1
                font.bold: window.sounds.muted
                contentItem: Label {
                    text: muteButton.text
                    font: muteButton.font
                    color: window.sounds.muted ? Theme.textOnWarning : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: window.sounds.muted ? Theme.warning : Theme.surfaceRaised
                    border.color: Theme.border
                    radius: 3
                }
                onClicked: window.sounds.muted = !window.sounds.muted
            }
            Label {
                text: qsTr("%1 (%2)").arg(window.session.userName).arg(window.session.rolesText)
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
                elide: Text.ElideRight
                Layout.maximumWidth: 300 * Theme.fontScale
            }
            ToolButton {
                id: menuButton
                objectName: "menu"
                text: qsTr("\u2630 Menu")
                font.pixelSize: Theme.fontSize - 1
                contentItem: Label {
                    text: menuButton.text
                    font: menuButton.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: menu.open()
                Menu {
                    id: menu
                    y: menuButton.height
                    font.pixelSize: Theme.fontSize
                    MenuItem { text: qsTr("Keys (F1)"); onTriggered: help.open() }
                    MenuSeparator { }
                    MenuItem {
                        text: qsTr("Dark theme"); checkable: true; checked: window.settings.theme === "dark"
                        onTriggered: window.settings.theme = "dark"
                    }
                    MenuItem {
                        text: qsTr("Light theme"); checkable: true; checked: window.settings.theme === "light"
                        onTriggered: window.settings.theme = "light"
                    }
                    MenuItem {
                        text: qsTr("High-contrast theme"); checkable: true; checked: window.settings.theme === "contrast"
                        onTriggered: window.settings.theme = "contrast"
                    }
                    MenuItem { text: qsTr("Larger text (Ctrl++)"); onTriggered: window.settings.fontScale += 0.1 }
                    MenuItem { text: qsTr("Smaller text (Ctrl+-)"); onTriggered: window.settings.fontScale -= 0.1 }
                    MenuSeparator { }
                    MenuItem { text: qsTr("Lock (Ctrl+L)"); onTriggered: window.session.lock() }
                    MenuItem { text: qsTr("Sign out"); onTriggered: window.session.signOut() }
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.open
        Label {
            Layout.fillWidth: true
            visible: window.status.problem !== ""
            text: window.status.problem
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: Theme.problem }
        }
        Label {
            Layout.fillWidth: true
            visible: window.sounds.problem !== ""
            text: window.sounds.problem
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: Theme.problem }
        }
        Label {
            Layout.fillWidth: true
            visible: window.status.silentCameras !== ""
            text: qsTr("SYSTEM ALERT: %1").arg(window.status.silentCameras)
            color: Theme.textOnWarning
            font.bold: true
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            padding: Theme.spacing
            background: Rectangle { color: Theme.plateYellow }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            visible: window.pageNames.length > 0
            background: Rectangle { color: Theme.surface }
            Repeater {
                model: window.pageNames
                delegate: PageTab {
                    id: tab
                    required property string modelData
                    // qmllint disable unqualified
                    // (the window's counts, from a delegate; ComponentBehavior: Bound would break the Loaders in 6.4)
                    text: tab.modelData === "alerts" ? qsTr("Alerts (%1)").arg(window.alerts.count)
                        : tab.modelData === "cameras" ? qsTr("Cameras (%1)").arg(window.cameras.count)
                        : tab.modelData === "dashboard" ? qsTr("Dashboard")
                        : tab.modelData === "search" ? qsTr("Search")
                        : tab.modelData === "authorisations" ? (window.requests.pending > 0
                            ? qsTr("Authorisations (%1 waiting)").arg(window.requests.pending) : qsTr("Authorisations"))
                        : tab.modelData === "hotlists" ? qsTr("Hotlists")
                        : tab.modelData === "clones" ? qsTr("Cloned vehicles (%1)").arg(window.clones.count)
                        : qsTr("Audit")
                    // qmllint enable unqualified
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: window.pageNames.length === 0
            text: qsTr("Your roles (%1) have no pages on this console: users, cameras and settings are managed with "
                       + "kestrelctl.").arg(window.session.rolesText)
            color: Theme.textDim
            font.pixelSize: Theme.fontSize + 2
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        StackLayout {
            id: pageStack
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: window.pageNames.length > 0
            // In the order of the loaders below.
            currentIndex: {
                switch (window.currentPage) {
                case "alerts": return 0
                case "cameras": return 1
                case "dashboard": return 2
                case "search": return 3
                case "authorisations": return 4
                case "audit": return 5
                case "hotlists": return 6
                case "clones": return 7
                }
                return -1
            }
            // Pages are made for the user signed in (and only those their roles allow), and unmade at sign-out.
            Loader {
                active: window.session.signedIn && window.session.canTriage
                focus: window.currentPage === "alerts"
                Component.onCompleted: setSource("AlertsPage.qml",
                    { alerts: window.alerts, detail: window.detail, canTriage: true })
            }
            Loader {
                active: window.session.signedIn && window.session.canWatchCameras
                focus: window.currentPage === "cameras"
                Component.onCompleted: setSource("CamerasPage.qml", { cameras: window.cameras })
            }
            Loader {
                active: window.session.signedIn && window.session.canViewDashboard
                focus: window.currentPage === "dashboard"
                Component.onCompleted: setSource("DashboardPage.qml", { dashboard: window.dashboard })
            }
            Loader {
                active: window.session.signedIn && window.session.canSearch
                focus: window.currentPage === "search"
                Component.onCompleted: setSource("SearchPage.qml", { search: window.search })
            }
            Loader {
                active: window.session.signedIn && (window.session.canRequestAccess || window.session.canDecideAccess)
                focus: window.currentPage === "authorisations"
                Component.onCompleted: setSource("AuthorisationsPage.qml",
                    { requests: window.requests, session: window.session })
            }
            Loader {
                active: window.session.signedIn && window.session.canReadAudit
                focus: window.currentPage === "audit"
                Component.onCompleted: setSource("AuditPage.qml", { trail: window.trail })
            }
            Loader {
                active: window.session.signedIn && (window.session.canEditHotlists || window.session.canValidateHotlists)
                focus: window.currentPage === "hotlists"
                Component.onCompleted: setSource("HotlistsPage.qml", { book: window.hotlists, session: window.session })
            }
            Loader {
                active: window.session.signedIn && (window.session.canReportClones || window.session.canInvestigateClones)
                focus: window.currentPage === "clones"
                Component.onCompleted: setSource("ClonesPage.qml", { cases: window.clones, session: window.session })
            }
        }
    }

    SignInPage {
        anchors.fill: parent
        visible: !window.open
        session: window.session
        openAlerts: window.alerts.count
        startUser: window.startUser
    }

    HelpOverlay {
        id: help
    }
}
