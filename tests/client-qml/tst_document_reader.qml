import QtQuick
import QtTest
import DienHong.Client
import DienHong.Test

// The PDF reader (DocumentReaderPage) over a real multi-page PDF made by the harness
// (QPdfWriter, Vietnamese text): the pages load, turning pages and "go to page" move the
// view, zoom changes the scale, and a search for "ngân sách" finds it on page 3 only and
// jumps there. No server: the file is local, as a cached paper is.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        name: "DocumentReader"
        when: windowShown
        width: 1280
        height: 800

        Component { id: connectionComponent; Connection { rememberServer: false } }
        Component { id: actionsComponent; DocumentActions { } }
        Component {
            id: readerComponent
            DocumentReaderPage { width: 1280; height: 800 }
        }

        function test_pages_zoom_search() {
            const path = TestServer.makePdf("du-toan-ngan-sach.pdf", 5)
            verify(path.length > 0)
            let connection = createTemporaryObject(connectionComponent, stage)
            let actions = createTemporaryObject(actionsComponent, stage, { connection: connection })
            let reader = createTemporaryObject(readerComponent, stage,
                                               { connection: connection, actions: actions })
            reader.open(7, 1, "Dự toán ngân sách năm 2027", "file://" + path)
            tryCompare(reader, "pageCount", 5, 15000)
            compare(reader.currentPage, 0)
            compare(findChild(reader, "pageIndicator").text, "Trang 1/5")

            mouseClick(findChild(reader, "nextPage"))
            tryCompare(reader, "currentPage", 1, 5000)
            reader.goToPage(4)
            tryCompare(reader, "currentPage", 3, 5000)
            compare(findChild(reader, "pageIndicator").text, "Trang 4/5")
            mouseClick(findChild(reader, "previousPage"))
            tryCompare(reader, "currentPage", 2, 5000)
            reader.goToPage(1)
            tryCompare(reader, "currentPage", 0, 5000)

            const view = findChild(reader, "pdfView")
            const scale = view.renderScale
            mouseClick(findChild(reader, "zoomIn"))
            verify(view.renderScale > scale, "zoomed in")
            mouseClick(findChild(reader, "zoomOut"))
            fuzzyCompare(view.renderScale, scale, 0.001)

            // Thumbnails: one per page.
            tryCompare(findChild(reader, "thumbnails"), "count", 5)

            // Search in the text: only page 3 says "ngân sách".
            findChild(reader, "searchField").text = "ngân sách"
            tryVerify(() => reader.searchResultCount >= 1, 15000, "search found the words")
            mouseClick(findChild(reader, "searchNext"))
            tryCompare(reader, "currentPage", 2, 5000)
            waitForRendering(reader)
            const dir = TestServer.screenshotDir()
            if (dir.length > 0) grabImage(reader).save(dir + "/document-reader-tablet.png")
            compare(findChild(reader, "searchCount").text, reader.searchResultCount + " kết quả")
            findChild(reader, "searchField").text = "không có trong tài liệu"
            tryCompare(reader, "searchResultCount", 0, 15000)
            compare(findChild(reader, "searchCount").text, "Không thấy")

            // Not a delegate: no notes panel, no bookmark; not the desk: no big screen.
            verify(!findChild(reader, "bookmarkButton").visible)
            verify(!findChild(reader, "showOnScreen").visible)
        }
    }
}
