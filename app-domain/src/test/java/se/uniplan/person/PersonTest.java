package se.uniplan.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.uniplan.shared.RuleViolationException;

/**
 * The rules for a {@link Person}: the username is the realm's login name, normalised to lower
 * case and limited to a safe alphabet; the e-mail is optional but well-formed; the full name is required.
 */
class PersonTest {

    private static RuleViolationException refused(String expectedKey, org.junit.jupiter.api.function.Executable change) {
        RuleViolationException e = assertThrows(RuleViolationException.class, change);
        assertEquals(expectedKey, e.messageKey());
        return e;
    }

    @Test
    void usernameIsTrimmedAndLowerCased() {
        Person person = new Person("  Test.Economist ", "Test Economist", null);

        assertEquals("test.economist", person.getUsername());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "economist1", "test.person", "test_person", "test-person", "0budget"})
    void validUsernamesAreAccepted(String username) {
        assertEquals(username, new Person(username, "Test Person", null).getUsername());
    }

    @Test
    void usernameMayBeSixtyFourCharactersButNotMore() {
        assertEquals(64, new Person("a".repeat(64), "Test Person", null).getUsername().length());
        refused("error.person.username", () -> new Person("a".repeat(65), "Test Person", null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "a", ".person", "-person", "_person", "test person", "test@person", "åsa",
            "test/person", "test;drop"})
    void invalidUsernamesAreRefused(String username) {
        refused("error.person.username", () -> new Person(username, "Test Person", null));
    }

    @Test
    void fullNameIsTrimmed() {
        assertEquals("Test Person", new Person("tester", "  Test Person  ", null).getFullName());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void aBlankFullNameIsRefused(String fullName) {
        refused("error.person.fullName", () -> new Person("tester", fullName, null));
    }

    @Test
    void aFullNameOverTwoHundredCharactersIsRefused() {
        assertEquals(200, new Person("tester", "n".repeat(200), null).getFullName().length());
        refused("error.person.fullName", () -> new Person("tester", "n".repeat(201), null));
    }

    @Test
    void emailIsOptionalAndTrimmed() {
        assertNull(new Person("tester", "Test Person", null).getEmail());
        assertNull(new Person("tester", "Test Person", "   ").getEmail());
        assertEquals("tester@example.org", new Person("tester", "Test Person", "  tester@example.org ").getEmail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tester", "tester@", "@example.org", "tester@example", "tester@@example.org",
            "test er@example.org", "tester@exa mple.org", "tester@example."})
    void malformedEmailsAreRefused(String email) {
        RuleViolationException e = refused("error.person.email", () -> new Person("tester", "Test Person", email));
        assertEquals(List.of(email.strip()), e.arguments());
    }

    @Test
    void aNewPersonIsActiveAndUpdateCanDeactivate() {
        Person person = new Person("tester", "Test Person", "tester@example.org");
        assertTrue(person.isActive());

        person.update("Renamed Person", null, false);

        assertFalse(person.isActive());
        assertEquals("Renamed Person", person.getFullName());
        assertNull(person.getEmail());
        assertEquals("tester", person.getUsername());
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Person person = new Person("tester", "Test Person", "tester@example.org");

        refused("error.person.email", () -> person.update("Other Name", "not-an-address", false));

        assertEquals("Test Person", person.getFullName());
        assertEquals("tester@example.org", person.getEmail());
        assertTrue(person.isActive());
    }
}
