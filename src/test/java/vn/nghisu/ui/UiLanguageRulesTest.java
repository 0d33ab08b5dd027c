package vn.nghisu.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import java.util.Collection;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputDialog;
import vn.nghisu.ui.common.Fields;

/** Guards against JavaFX's English defaults coming back: its OK/Cancel texts and its locale-dependent date format. */
@AnalyzeClasses(packages = "vn.nghisu", importOptions = ImportOption.DoNotIncludeTests.class)
class UiLanguageRulesTest {

    @ArchTest
    static final ArchRule noEnglishStandardButtons = noClasses().that().doNotBelongToAnyOf(DialogButtons.class)
            .should().getField(ButtonType.class, "OK").orShould().getField(ButtonType.class, "CANCEL")
            .orShould().getField(ButtonType.class, "YES").orShould().getField(ButtonType.class, "NO")
            .orShould().getField(ButtonType.class, "CLOSE").orShould().getField(ButtonType.class, "APPLY")
            .because("JavaFX has no Vietnamese texts for its own buttons: use DialogButtons.ok/cancel/okCancel");

    @ArchTest
    static final ArchRule noReadyMadeDialogsWithDefaultButtons = noClasses().that()
            .doNotBelongToAnyOf(DialogButtons.class)
            .should().callConstructor(Alert.class, Alert.AlertType.class)
            .orShould().callConstructor(Alert.class, Alert.AlertType.class, String.class)
            .orShould().callConstructor(ChoiceDialog.class, Object.class, Collection.class)
            .orShould().callConstructor(ChoiceDialog.class)
            .orShould().callConstructor(TextInputDialog.class)
            .orShould().callConstructor(TextInputDialog.class, String.class)
            .because("these add JavaFX's English OK/Cancel: use DialogButtons.alert/choice/textInput");

    @ArchTest
    static final ArchRule everyDatePickerShowsVietnameseDates = noClasses().that().doNotBelongToAnyOf(Fields.class)
            .should().callConstructor(DatePicker.class).orShould().callConstructor(DatePicker.class, LocalDate.class)
            .because("a bare DatePicker shows the OS locale's format (11/30/2026): use Fields.date (dd/MM/yyyy)");
}
