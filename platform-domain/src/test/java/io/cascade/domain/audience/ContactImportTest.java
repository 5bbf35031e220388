package io.cascade.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.message.Placeholders;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactImportTest {

  private final ContactImport running =
      new ContactImport(
          UUID.randomUUID(), "people.csv", 1000, "phone", List.of("name", "city"), "node-1");

  @Test
  void reportsProgressWhileReadingAndItsFiguresWhenComplete() {
    running.reading(500, 40, 2);
    assertThat(running.getPercent()).isEqualTo(45);
    assertThat(running.getStatus()).isEqualTo(ImportStatus.READING);

    running.merging(80, 3);
    assertThat(running.getPercent()).isEqualTo(90);
    running.complete(70, 7);

    assertThat(running.getStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(running.getPercent()).isEqualTo(100);
    assertThat(running.getRowsRead()).isEqualTo(80);
    assertThat(running.getImported()).isEqualTo(70);
    assertThat(running.getDuplicates()).isEqualTo(7);
    assertThat(running.getErrors()).isEqualTo(3);
    assertThat(running.getVariableColumns()).containsExactly("name", "city");
    assertThat(running.getFinishedAt()).isNotNull();
  }

  @Test
  void anImportThatCouldNotReadPastALineEndsPartialWithTheRowsNotRead() {
    running.reading(500, 5000, 100);
    running.merging(5000, 100);

    running.completePartly(4900, 0, 5001, 4000, "From line 4901 on the file is not UTF-8 text");

    assertThat(running.getStatus()).isEqualTo(ImportStatus.PARTIAL);
    assertThat(running.getStatus().isFinished()).isTrue();
    assertThat(running.getPercent()).isEqualTo(100);
    assertThat(running.getImported()).isEqualTo(4900);
    assertThat(running.getUnreadFromLine()).isEqualTo(5001L);
    assertThat(running.getRowsNotRead()).isEqualTo(4000);
    assertThat(running.getFailure()).isEqualTo("From line 4901 on the file is not UTF-8 text");
    assertThatThrownBy(() -> running.complete(1, 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPartialImportNamesTheRowsItDidNotRead() {
    running.merging(80, 3);

    assertThatThrownBy(() -> running.completePartly(70, 0, 82, 0, "stopped"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(running.getStatus()).isEqualTo(ImportStatus.MERGING);
  }

  @Test
  void onlyAFailureCanBeGivenItsTextForOtherLanguages() {
    assertThatThrownBy(() -> running.keepFailureText("{\"key\":\"import.stopped\"}"))
        .isInstanceOf(IllegalStateException.class);

    running.fail("The import stopped: disk full");
    running.keepFailureText("{\"key\":\"import.stopped\"}");

    assertThat(running.getFailureText()).isEqualTo("{\"key\":\"import.stopped\"}");
    assertThat(running.getFailure()).isEqualTo("The import stopped: disk full");
  }

  @Test
  void aFinishedImportChangesNoMore() {
    running.fail("The import stopped: disk full");

    assertThatThrownBy(() -> running.complete(1, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> running.reading(1, 1, 0)).isInstanceOf(IllegalStateException.class);
    assertThat(running.getFailure()).isEqualTo("The import stopped: disk full");
  }

  @Test
  void anImportInterruptedBeforeItsRowsWentInFailsWithWhatToDo() {
    running.reading(500, 40, 2);

    running.interrupted();

    assertThat(running.getStatus()).isEqualTo(ImportStatus.FAILED);
    assertThat(running.getFailure())
        .contains("server restarted")
        .contains("40 rows were read; none of them were imported")
        .contains("Upload the file again");
    assertThatThrownBy(running::interrupted).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAColumnChoiceItCannotUse() {
    UUID list = UUID.randomUUID();
    assertThatThrownBy(() -> new ContactImport(list, "a.csv", 1, " ", List.of(), "node-1"))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessageContaining("phone numbers");
    assertThatThrownBy(
            () -> new ContactImport(list, "a.csv", 1, "phone", List.of("phone"), "node-1"))
        .hasMessageContaining("cannot also be a variable");
  }

  @Test
  void refusesAVariableNameATemplateCannotUseAsPlaceholder() {
    UUID list = UUID.randomUUID();
    for (String name : new String[] {"First Name", "ім_я", "segment-2", "2nd", "n".repeat(65)}) {
      assertThatThrownBy(
              () -> new ContactImport(list, "a.csv", 1, "phone", List.of("city", name), "node-1"))
          .as(name)
          .isInstanceOf(InvalidAudienceException.class)
          .hasMessage(
              "The column '"
                  + name
                  + "' cannot be a variable: a variable name has 1 to 64 Latin letters, digits and"
                  + " underscores and starts with a letter or underscore, as in %first_name%. Rename"
                  + " the column in the file, or do not import it as a variable.");
    }
    assertThat(
            new ContactImport(list, "a.csv", 1, "phone", List.of("n".repeat(64), "_x1"), "node-1")
                .getVariableColumns())
        .hasSize(2);
  }

  @Test
  void aVariableNameIsOneATemplateFindsAsPlaceholder() {
    for (String name : new String[] {"first_name", "City2", "_x", "n".repeat(64)}) {
      assertThat(Contact.isVariableName(name)).as(name).isTrue();
      assertThat(Placeholders.names("Hi %" + name + "%")).as(name).containsExactly(name);
    }
    for (String name : new String[] {"First Name", "n".repeat(65), "", "a-b"}) {
      assertThat(Contact.isVariableName(name)).as(name).isFalse();
      assertThat(Placeholders.names("Hi %" + name + "%")).as(name).doesNotContain(name);
    }
  }

  @Test
  void aListNeedsAName() {
    assertThatThrownBy(() -> new ContactList("  ")).isInstanceOf(InvalidAudienceException.class);
    assertThat(new ContactList("  Spring  ").getName()).isEqualTo("Spring");
  }
}
