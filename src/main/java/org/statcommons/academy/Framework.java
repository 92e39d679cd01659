package org.statcommons.academy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A capability framework (GSBPM 5.1, GAMSO 1.2, or one an administrator imported): its ordered levels and its items,
 * a tree in the order of the file (a phase, then its sub-processes).
 */
record Framework(long id, String code, String name, String version, List<String> levels, List<Item> items) {

    /** An item: its code (across every framework), name, the code of its parent (null for a phase or area). */
    record Item(String code, String name, String parent) {}

    Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The place of a level (0 the first), or -1 when the framework has no such level. */
    int level(String name) {
        return levels.indexOf(name);
    }

    /** The phase or area an item belongs to: its topmost ancestor (itself for a phase). */
    Item root(Item item) {
        Map<String, Item> byCode = byCode();
        Item at = item;
        for (int step = 0; at.parent() != null && step < FrameworkCsvReader.MAX_DEPTH; step++) {
            Item parent = byCode.get(at.parent());
            if (parent == null) {
                break;
            }
            at = parent;
        }
        return at;
    }

    /** The phases or areas, each with the items below it (in file order), as the form and the map group them. */
    Map<Item, List<Item>> grouped() {
        Map<Item, List<Item>> groups = new LinkedHashMap<>();
        for (Item item : items) {
            Item root = root(item);
            groups.computeIfAbsent(root, r -> new ArrayList<>());
            if (root != item) {
                groups.get(root).add(item);
            }
        }
        return groups;
    }

    /** The items that are assessed: those without children (a phase with sub-processes is assessed through them). */
    List<Item> leaves() {
        java.util.Set<String> parents = new java.util.HashSet<>();
        items.forEach(i -> {
            if (i.parent() != null) {
                parents.add(i.parent());
            }
        });
        return items.stream().filter(i -> !parents.contains(i.code())).toList();
    }

    private Map<String, Item> byCode() {
        Map<String, Item> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.code(), i));
        return map;
    }
}
