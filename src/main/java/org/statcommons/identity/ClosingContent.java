package org.statcommons.identity;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * What closing an account would do in another feature, told on the close form before the person confirms (in each of
 * their communities: whether their posts and comments stay under "Former member" or may be removed on request). The
 * features that know it depend on {@code identity}, so they tell it through this interface, as {@link ProfileContent}
 * does for the profile.
 */
public interface ClosingContent {

    /** One line per thing closing would do to {@code personId}'s contributions here; empty when nothing. */
    List<Text> consequences(long personId);
}
