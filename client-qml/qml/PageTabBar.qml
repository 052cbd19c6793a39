// The tab bar of the pages (delegate tablet, chair's console, secretary's desk): the
// Basic style draws unselected tabs in its dark palette colour with white text, which
// reads as disabled next to the light pages; here the current tab is the page's white
// with the primary colour and the others a light tint with muted text.
import QtQuick
import QtQuick.Controls
import DienHong.Client

TabBar {
    palette.window: Theme.surface
    palette.windowText: Theme.primary
    palette.dark: Theme.highlight
    palette.brightText: Theme.textMuted
    palette.mid: Theme.border
}
