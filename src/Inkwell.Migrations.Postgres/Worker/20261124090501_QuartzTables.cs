using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Postgres.Worker
{
    /// <summary>
    /// The tables Quartz's ADO job store reads and writes (PostgreSQL), under the worker's prefix <c>worker_qrtz_</c>. They are
    /// Quartz's, not the worker's model, so they are written here as SQL rather than mapped; Quartz checks at start-up
    /// that every table and column it needs is present (docs/decisions/0011). PostgreSQL folds Quartz's unquoted upper-case names to lower case, so the tables are written in lower case.
    /// </summary>
    [DbContext(typeof(WorkerDbContext))]
    [Migration("20261124090501_QuartzTables")]
    public partial class QuartzTables : Migration
    {
        private static readonly string[] Create =
        [
        """
        CREATE TABLE worker_qrtz_job_details (
            sched_name varchar(120) NOT NULL,
            job_name varchar(150) NOT NULL,
            job_group varchar(150) NOT NULL,
            description varchar(250) NULL,
            job_class_name varchar(250) NOT NULL,
            is_durable boolean NOT NULL,
            is_nonconcurrent boolean NOT NULL,
            is_update_data boolean NOT NULL,
            requests_recovery boolean NOT NULL,
            job_data bytea NULL,
            PRIMARY KEY (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_triggers (
            sched_name varchar(120) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            job_name varchar(150) NOT NULL,
            job_group varchar(150) NOT NULL,
            description varchar(250) NULL,
            next_fire_time bigint NULL,
            prev_fire_time bigint NULL,
            priority integer NULL,
            trigger_state varchar(16) NOT NULL,
            trigger_type varchar(8) NOT NULL,
            start_time bigint NOT NULL,
            end_time bigint NULL,
            calendar_name varchar(200) NULL,
            misfire_instr smallint NULL,
            misfire_orig_fire_time bigint NULL,
            execution_group varchar(200) NULL,
            preferred_node varchar(200) NULL,
            preferred_node_auto boolean NOT NULL DEFAULT false,
            retry_policy varchar(250) NULL,
            retry_attempt integer NULL,
            continues_trigger_name varchar(150) NULL,
            continues_trigger_group varchar(150) NULL,
            continuation_condition integer NULL,
            overlap_policy integer NULL,
            pause_reason varchar(250) NULL,
            paused_by varchar(200) NULL,
            paused_at bigint NULL,
            misfire_threshold bigint NULL,
            fixed_delay boolean NULL,
            job_data bytea NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES worker_qrtz_job_details (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_simple_triggers (
            sched_name varchar(120) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            repeat_count bigint NOT NULL,
            repeat_interval bigint NOT NULL,
            times_triggered bigint NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_cron_triggers (
            sched_name varchar(120) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            cron_expression varchar(120) NOT NULL,
            time_zone_id varchar(80) NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_simprop_triggers (
            sched_name varchar(120) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            str_prop_1 varchar(512) NULL,
            str_prop_2 varchar(512) NULL,
            str_prop_3 varchar(512) NULL,
            int_prop_1 integer NULL,
            int_prop_2 integer NULL,
            long_prop_1 bigint NULL,
            long_prop_2 bigint NULL,
            dec_prop_1 numeric NULL,
            dec_prop_2 numeric NULL,
            bool_prop_1 boolean NULL,
            bool_prop_2 boolean NULL,
            time_zone_id varchar(80) NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_blob_triggers (
            sched_name varchar(120) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            blob_data bytea NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_calendars (
            sched_name varchar(120) NOT NULL,
            calendar_name varchar(200) NOT NULL,
            calendar bytea NOT NULL,
            PRIMARY KEY (sched_name, calendar_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_paused_trigger_grps (
            sched_name varchar(120) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            pause_reason varchar(250) NULL,
            paused_by varchar(200) NULL,
            paused_at bigint NULL,
            PRIMARY KEY (sched_name, trigger_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_paused_job_grps (
            sched_name varchar(120) NOT NULL,
            job_group varchar(150) NOT NULL,
            pause_reason varchar(250) NULL,
            paused_by varchar(200) NULL,
            paused_at bigint NULL,
            PRIMARY KEY (sched_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_fired_triggers (
            sched_name varchar(120) NOT NULL,
            entry_id varchar(140) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            instance_name varchar(200) NOT NULL,
            fired_time bigint NOT NULL,
            sched_time bigint NOT NULL,
            priority integer NOT NULL,
            state varchar(16) NOT NULL,
            job_name varchar(150) NULL,
            job_group varchar(150) NULL,
            is_nonconcurrent boolean NOT NULL,
            requests_recovery boolean NULL,
            execution_group varchar(200) NULL,
            progress integer NULL,
            progress_message varchar(250) NULL,
            interrupt_requested_time bigint NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_scheduler_state (
            sched_name varchar(120) NOT NULL,
            instance_name varchar(200) NOT NULL,
            last_checkin_time bigint NOT NULL,
            checkin_interval bigint NOT NULL,
            quartz_version varchar(20) NULL,
            PRIMARY KEY (sched_name, instance_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_locks (
            sched_name varchar(120) NOT NULL,
            lock_name varchar(40) NOT NULL,
            PRIMARY KEY (sched_name, lock_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_execution_history (
            sched_name varchar(120) NOT NULL,
            entry_id varchar(140) NOT NULL,
            instance_name varchar(200) NOT NULL,
            job_name varchar(150) NOT NULL,
            job_group varchar(150) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            fired_time bigint NOT NULL,
            run_time bigint NOT NULL,
            succeeded boolean NOT NULL,
            error_message text NULL,
            retry_attempt integer NOT NULL DEFAULT 0,
            retry_scheduled boolean NOT NULL DEFAULT false,
            execution_log text NULL,
            result integer NULL,
            summary text NULL,
            metrics text NULL,
            manual boolean NULL,
            fire_instance_id varchar(140) NULL,
            job_input text NULL,
            job_input_too_large boolean NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_misfire_history (
            sched_name varchar(120) NOT NULL,
            entry_id varchar(140) NOT NULL,
            instance_name varchar(200) NOT NULL,
            trigger_name varchar(150) NOT NULL,
            trigger_group varchar(150) NOT NULL,
            job_name varchar(150) NULL,
            job_group varchar(150) NULL,
            misfire_time bigint NOT NULL,
            sched_time bigint NULL,
            reason integer NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_job_status (
            sched_name varchar(120) NOT NULL,
            job_group varchar(150) NOT NULL,
            job_name varchar(150) NOT NULL,
            first_fired_time bigint NOT NULL,
            last_fired_time bigint NOT NULL,
            last_result integer NOT NULL,
            last_run_time bigint NOT NULL,
            last_instance_name varchar(200) NOT NULL,
            last_entry_id varchar(140) NULL,
            last_summary text NULL,
            last_success_time bigint NULL,
            last_failure_time bigint NULL,
            last_failure_message text NULL,
            consecutive_failures integer NOT NULL DEFAULT 0,
            run_count bigint NOT NULL DEFAULT 0,
            failure_count bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (sched_name, job_group, job_name)
        )
        """,
        """
        CREATE INDEX idx_worker_qrtz_j_g_n ON worker_qrtz_job_details (sched_name, job_group, job_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_j ON worker_qrtz_triggers (sched_name, job_name, job_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_g_n ON worker_qrtz_triggers (sched_name, trigger_group, trigger_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_c ON worker_qrtz_triggers (sched_name, calendar_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_nft_st ON worker_qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_inst_job_req_rcvry ON worker_qrtz_fired_triggers (sched_name, instance_name, requests_recovery)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_j_g ON worker_qrtz_fired_triggers (sched_name, job_name, job_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_t_g ON worker_qrtz_fired_triggers (sched_name, trigger_name, trigger_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_fired_time ON worker_qrtz_execution_history (sched_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_inst ON worker_qrtz_execution_history (sched_name, instance_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_job_time ON worker_qrtz_execution_history (sched_name, job_group, job_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_fire_inst ON worker_qrtz_execution_history (sched_name, fire_instance_id)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_trig_time ON worker_qrtz_execution_history (sched_name, trigger_group, trigger_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_mh_misfire_time ON worker_qrtz_misfire_history (sched_name, misfire_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_mh_inst ON worker_qrtz_misfire_history (sched_name, instance_name)
        """,
        ];

        private static readonly string[] Tables =
        [
            "worker_qrtz_job_status", "worker_qrtz_misfire_history", "worker_qrtz_execution_history", "worker_qrtz_locks", "worker_qrtz_scheduler_state", "worker_qrtz_fired_triggers", "worker_qrtz_paused_job_grps", "worker_qrtz_paused_trigger_grps", "worker_qrtz_calendars", "worker_qrtz_blob_triggers", "worker_qrtz_simprop_triggers", "worker_qrtz_cron_triggers", "worker_qrtz_simple_triggers", "worker_qrtz_triggers", "worker_qrtz_job_details",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Create)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TABLE {table}");
            }
        }
    }
}
