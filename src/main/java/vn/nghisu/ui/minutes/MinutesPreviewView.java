package vn.nghisu.ui.minutes;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.minutes.MinutesFormat;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.common.Fields;

/**
 * Biên bản: the exact PDF pages of a meeting's minutes, with paging (PageUp/PageDown), zoom, the secretary's
 * extra sections, and the actions on the document: export, open, print, finalize, versions, template.
 */
public final class MinutesPreviewView extends BorderPane {
    private final UiContext ctx;
    private final MinutesPreviewModel model;
    private final Messages m;
    private final MinutesActions actions;

    public MinutesPreviewView(UiContext ctx, MinutesPreviewModel model) {
        this.ctx = ctx;
        this.model = model;
        this.m = ctx.messages();
        this.actions = new MinutesActions(ctx, model, this);
        getStyleClass().add("minutes-preview");
        setTop(toolbar());
        setCenter(pageArea());
        setLeft(new MinutesSectionsPane(ctx, model));
        setBottom(statusBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.reload();
    }

    private FlowPane toolbar() {
        Button previous = button("minutes-prev", Feather.CHEVRON_LEFT, "minutes.page.previous", model::previous);
        Button next = button("minutes-next", Feather.CHEVRON_RIGHT, "minutes.page.next", model::next);
        previous.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1)));
        Label pageLabel = new Label();
        pageLabel.setId("minutes-page-label");
        pageLabel.textProperty().bind(Bindings.createStringBinding(
                () -> model.pageCountProperty().get() == 0 ? ""
                        : m.format("minutes.page", model.pageIndexProperty().get() + 1, model.pageCountProperty().get()),
                model.pageIndexProperty(), model.pageCountProperty()));
        Label zoomLabel = new Label();
        zoomLabel.setId("minutes-zoom-label");
        zoomLabel.textProperty().bind(model.zoomProperty().multiply(100).asString("%.0f%%"));
        ComboBox<ProfileKind> kind = new ComboBox<>();
        kind.setId("minutes-kind");
        kind.getItems().setAll(ProfileKind.values());
        kind.setConverter(Fields.shownAs(k -> k == null ? "" : m.label("minutes.kind", k)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setAccessibleText(m.get("minutes.kind"));
        kind.setOnAction(e -> model.reload());
        FlowPane bar = new FlowPane(6, 6, previous, pageLabel, next, separator(),
                button("minutes-zoom-out", Feather.ZOOM_OUT, "minutes.zoom.out", model::zoomOut), zoomLabel,
                button("minutes-zoom-in", Feather.ZOOM_IN, "minutes.zoom.in", model::zoomIn), separator(), kind,
                button("minutes-template", Feather.SLIDERS, "minutes.template", actions::editTemplate), separator(),
                button("minutes-export-pdf", Feather.FILE_TEXT, "minutes.export.pdf", () -> actions.export(MinutesFormat.PDF)),
                button("minutes-export-docx", Feather.FILE, "minutes.export.docx", () -> actions.export(MinutesFormat.DOCX)),
                button("minutes-open", Feather.EXTERNAL_LINK, "minutes.open", actions::openInViewer),
                button("minutes-print", Feather.PRINTER, "minutes.print", actions::print), separator(),
                button("minutes-finalize", Feather.LOCK, "minutes.finalize", actions::finalizeMinutes),
                button("minutes-versions", Feather.LIST, "minutes.versions", actions::showVersions));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("minutes-toolbar");
        return bar;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private Button button(String id, Feather icon, String key, Runnable action) {
        Button button = new Button(m.get(key), new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(m.get(key));
        button.setTooltip(new Tooltip(m.get(key)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private ScrollPane pageArea() {
        ImageView image = new ImageView();
        image.setId("minutes-page-image");
        image.imageProperty().bind(model.pageProperty());
        image.setPreserveRatio(true);
        image.getStyleClass().add("minutes-page");
        StackPane paper = new StackPane(image);
        paper.getStyleClass().add("minutes-paper");
        paper.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("minutes-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        paper.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
        return scroll;
    }

    private HBox statusBar() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("minutes-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("minutes-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS)) {
            model.zoomIn();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.MINUS) {
            model.zoomOut();
            e.consume();
        }
    }
}
