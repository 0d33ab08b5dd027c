package vn.nghisu.store;

import java.util.function.BooleanSupplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Refuses any query run on a forbidden thread (the JavaFX Application Thread): the UI must never block on I/O. */
public final class QueryThreadGuard implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private final transient BooleanSupplier forbiddenThread;

    public QueryThreadGuard(BooleanSupplier forbiddenThread) {
        this.forbiddenThread = forbiddenThread;
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (forbiddenThread.getAsBoolean()) {
            throw new IllegalStateException("Database query on the JavaFX Application Thread: " + ctx.sql());
        }
    }
}
