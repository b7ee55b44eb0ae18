"""Finding clipped text: every visible label, button, check box, radio button, group box
title and tab of a window is measured against the room it was given (font metrics
against the widget's rectangle), and every visible widget must lie inside its window.

Scrolled content is allowed to run below its viewport (that is what a scroll bar is for),
but never to be cut on the right.
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QWidget,
)

SLACK = 2
"""Pixels of rounding a measurement may be off by."""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _rich(label: QLabel) -> bool:
    return label.textFormat().name == "RichText" or (
        label.textFormat().name == "AutoText" and bool(re.search(r"<[a-zA-Z/][^>]*>", label.text()))
    )


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if label.buddy() is not None and not _rich(label):
        text = _plain(text)  # "&Preset:" shows as "Preset:"
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    margin = label.margin() * 2
    width = room.width() - margin
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need} px of height, has {label.height()}"
        if _rich(label):
            return None
        # A single word longer than the line cannot wrap: it is cut instead.
        metrics = label.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > width + SLACK:
            return f"a word needs {longest} px, the line has {width}"
        return None
    if _rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        need_w = round(document.idealWidth())
        need_h = round(document.size().height())
    else:
        metrics = label.fontMetrics()
        lines = unescape(text).split("\n")
        need_w = max(metrics.horizontalAdvance(line) for line in lines)
        need_h = metrics.height() * len(lines)
    if need_w > width + SLACK:
        return f"needs {need_w} px of width, has {width}"
    if need_h > room.height() + SLACK:
        return f"needs {need_h} px of height, has {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    style = button.style()
    metrics = button.fontMetrics()
    need = metrics.horizontalAdvance(text)
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = (
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        )
        spacing = (
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        )
        need += style.pixelMetric(indicator, None, button)
        need += style.pixelMetric(spacing, None, button)
    elif isinstance(button, QPushButton):
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    else:
        return None
    if need > button.width() + SLACK:
        return f"needs {need} px of width, has {button.width()}"
    if metrics.height() > button.height() + SLACK:
        return f"needs {metrics.height()} px of height, has {button.height()}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title:
        return None
    need = box.fontMetrics().horizontalAdvance(title) + 8
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    if need > box.width() + SLACK:
        return f"title needs {need} px of width, has {box.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        need = bar.fontMetrics().horizontalAdvance(text)
        if need > bar.tabRect(index).width() - 4 + SLACK:
            problems.append(f"tab {text!r} needs {need} px, has {bar.tabRect(index).width()}")
    if bar.count() and bar.tabRect(bar.count() - 1).right() > bar.width() + SLACK:
        problems.append("the tabs run past the bar (scroll arrows)")
    return problems


def _in_scrolled_content(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _sideways_problems(window: QWidget) -> list[str]:
    """A page that scrolls sideways hides its right-hand side: content must fit the width."""
    return [
        f"{type(inner).__name__} in a scroll area is {inner.width()} px wide, "
        f"the area {area.viewport().width()}"
        for area in window.findChildren(QScrollArea)
        if area.isVisibleTo(window)
        and (inner := area.widget()) is not None
        and area.horizontalScrollBar().maximum() > 0
    ]


def _outside_problem(widget: QWidget, window: QWidget) -> str | None:
    area = _in_scrolled_content(widget, window)
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if area is not None:
        viewport = area.viewport()
        port = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        # Below the fold is fine (it scrolls); past the right edge is not, unless the
        # area scrolls sideways too.
        if area.horizontalScrollBar().maximum() == 0 and rect.right() > port.right() + SLACK:
            return f"runs {rect.right() - port.right()} px past the right of its scroll area"
        return None
    bounds = window.rect()
    if rect.right() > bounds.right() + SLACK or rect.bottom() > bounds.bottom() + SLACK:
        return "lies partly outside its window"
    return None


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    text = re.sub(r"<[^>]+>", "", text)
    return f"{type(widget).__name__} {text[:60]!r}"


def _overlaps(window: QWidget) -> list[str]:
    """Visible siblings drawn over each other (a layout squeezed below its minimum)."""
    problems = []
    for parent in [window, *window.findChildren(QWidget)]:
        if parent.layout() is None or not (parent is window or parent.isVisibleTo(window)):
            continue
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        children = [
            child
            for child in parent.findChildren(QWidget, options=direct)
            if child.isVisibleTo(window) and not child.isWindow() and child.width() > 0
        ]
        for number, first in enumerate(children):
            for second in children[number + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    problems.append(f"{_name(first)} and {_name(second)} overlap")
    return problems


def clipped_texts(window: QWidget) -> list[str]:
    """What is cut off or outside `window`, as readable lines (empty: all fits)."""
    QApplication.processEvents()
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            outside = _outside_problem(widget, window)
            found += [outside] if outside else []
        problems += [f"{_name(widget)}: {problem}" for problem in found]
    return problems + _sideways_problems(window) + _overlaps(window)


def at_smallest(window: QWidget) -> QWidget:
    """Show `window` at the smallest size it allows."""
    window.show()
    QApplication.processEvents()
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    window.resize(smallest)
    QApplication.processEvents()
    QApplication.processEvents()
    return window
