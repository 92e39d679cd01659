package org.statcommons.academy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Imports a capability framework from CSV (administrators, {@code /admin/frameworks}): its code, name and version
 * from the form, its levels and items from the file. Every problem of the file is named by line and nothing is saved
 * while one remains; a code another framework holds (the framework's, or an item's) is refused the same way.
 */
@Service
class ImportFramework {

    private final Permissions permissions;
    private final FrameworkCsvReader reader;
    private final Frameworks frameworks;
    private final Clock clock;

    ImportFramework(Permissions permissions, FrameworkCsvReader reader, Frameworks frameworks, Clock clock) {
        this.permissions = permissions;
        this.reader = reader;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @Transactional
    String importFramework(Actor actor, NewFramework form, byte[] file) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        return add(form, file);
    }

    /** The shipped frameworks, read at start: the same checks, no person. False when it is there already. */
    @Transactional
    boolean ship(NewFramework framework, byte[] file) {
        if (frameworks.byCode(framework.code()).isPresent()) {
            return false;
        }
        try {
            add(framework, file);
            return true;
        } catch (ConflictException e) {
            // another server of the same database shipped it at the same moment
            return false;
        }
    }

    private String add(NewFramework form, byte[] file) {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().strip();
        String name = form.name() == null ? "" : form.name().strip();
        String version = form.version() == null ? "" : form.version().strip();
        if (!FrameworkCsvReader.CODE.matcher(code).matches()) {
            errors.add(new InvalidInputException.FieldMessage("code", Text.of("academy.framework.code")));
        }
        if (name.isEmpty() || name.length() > FrameworkCsvReader.NAME_MAX) {
            errors.add(new InvalidInputException.FieldMessage("name", Text.of("academy.framework.name")));
        }
        if (version.length() > 40) {
            errors.add(new InvalidInputException.FieldMessage("version", Text.of("academy.framework.version")));
        }
        if (file == null || file.length == 0) {
            errors.add(new InvalidInputException.FieldMessage("file", Text.of("academy.framework.problem.empty")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FrameworkCsvReader.Read read = reader.read(file);
        Set<String> taken = frameworks.itemCodesTaken(
                read.items().stream().map(Framework.Item::code).toList());
        if (!taken.isEmpty()) {
            List<InvalidInputException.FieldMessage> problems = new ArrayList<>();
            for (int i = 0; i < read.items().size(); i++) {
                String item = read.items().get(i).code();
                if (taken.contains(item) && problems.size() < FrameworkCsvReader.MAX_PROBLEMS) {
                    problems.add(new InvalidInputException.FieldMessage(
                            "file[" + problems.size() + "]",
                            Text.of(
                                    "academy.framework.problem.taken",
                                    String.valueOf(read.lines().get(i)),
                                    item)));
                }
            }
            throw new InvalidInputException(problems);
        }
        if (!frameworks.add(code, name, version, read.levels(), read.items(), clock.instant())) {
            throw new ConflictException(Text.of("academy.framework.exists", code));
        }
        return code;
    }
}
