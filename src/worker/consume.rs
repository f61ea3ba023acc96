//! The consumer: one broker session at a time, reconnecting with backoff when a session fails.
//!
//! A session connects, declares the layout ([`super::topology`]), and runs one *lane* per input
//! queue: a consumer channel (with per-consumer prefetch) and a publisher channel in confirm mode.
//! Each delivery becomes a task:
//!
//! ```text
//! delivery ─▶ size check ─▶ process (`jobs` CPU threads) ─▶ publish verdict to `review`
//!                                │                                      and audit record, both
//!                                └─ malformed ─▶ publish to `screening.dead` with the reason
//!          ─▶ outcome ─▶ ack book (multiple-acks below the oldest unsettled delivery) ─▶ basic.ack
//! ```
//!
//! Every delivery ends in an [`Outcome`]: published (ack), dead-lettered (ack, after the dead-letter
//! copy is confirmed) or requeued (nack with requeue, after a short pause). An input is acknowledged
//! only after every message it produced is confirmed; a session that breaks simply stops, and the
//! broker requeues what it had not acknowledged. Delivery is at least once: a verdict confirmed just
//! before a connection drops is published again when its input comes back.
//!
//! Screening runs on a pool of `jobs` CPU threads of its own (rayon), never on the async threads, so
//! heartbeats, confirms and acks keep flowing while items are screened. Deliveries waiting for a
//! thread queue up in the pool (at most the prefetch of each lane), so a busy thread takes the next
//! item without sleeping in between. (tokio's blocking pool behind a semaphore, the first design,
//! woke a parked thread for every item: on two cores shared with the broker, the context switches
//! cost more CPU than screening itself; measured with `cargo bench --bench broker`.)
//!
//! This module must not log item text or personal information: ids, kinds, routes and reason codes
//! only.

use super::acks::AckBook;
use super::config::{mask_url, WorkerConfig};
use super::ops::{names, Readiness};
use super::publish::{publish_confirmed, PublishError};
use super::topology;
use crate::item::{Item, ItemError, Kind, Route};
use crate::screen::Screener;
use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{
    BasicCancelOptions, BasicConsumeOptions, BasicNackOptions, BasicQosOptions,
    ConfirmSelectOptions,
};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::{BasicProperties, Channel, Connection, ConnectionProperties, Consumer};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, error, info, warn};

/// Header carrying the reason (Chinese, from [`ItemError`]'s text, never the offending value) on
/// a dead-lettered malformed input.
pub const ERROR_HEADER: &str = "x-screening-error";
/// Header carrying the stable code of that reason ([`ItemError::code`]).
pub const ERROR_CODE_HEADER: &str = "x-screening-error-code";
/// Header naming the input queue a dead-lettered message came from.
pub const SOURCE_QUEUE_HEADER: &str = "x-screening-source-queue";

/// Pause before a failed input is requeued, so that a failure that persists (a full output queue)
/// does not spin; its delivery limit then dead-letters it.
const REQUEUE_PAUSE: Duration = Duration::from_millis(500);
/// How long an acknowledgement above the oldest unsettled delivery waits to join a multiple-ack.
const STRAGGLER_AFTER: Duration = Duration::from_millis(20);

/// One delivery as the processor sees it.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The message body.
    pub body: &'a [u8],
    /// The routing key it was published with (`draft` or `comment`).
    pub routing_key: &'a str,
    /// Its `message_id` property, if any.
    pub message_id: Option<&'a str>,
}

/// What to publish for a well-formed input.
#[derive(Debug, Clone)]
pub struct Output {
    /// Item id: the `message_id` of both messages.
    pub id: String,
    /// Item kind.
    pub kind: Kind,
    /// Route: the review routing key is `<kind>.<route>`.
    pub route: Route,
    /// Body for the review exchange (the verdict).
    pub review: Vec<u8>,
    /// Body for the audit exchange (the verdict without `item`).
    pub audit: Vec<u8>,
}

/// The CPU part of handling a delivery. Runs on a blocking thread; must not block on I/O.
pub trait Process: Send + Sync + 'static {
    /// Turns an input into what to publish, or says why it is malformed.
    ///
    /// # Errors
    /// [`ItemError`] for an input that breaks contract §1.
    fn process(&self, input: Input<'_>) -> Result<Output, ItemError>;
}

/// The worker proper: parse, screen, serialize the verdict and its audit record.
pub struct ScreenProcess(pub Arc<Screener>);

impl Process for ScreenProcess {
    fn process(&self, input: Input<'_>) -> Result<Output, ItemError> {
        let item = Item::from_slice(input.body)?;
        let started = Instant::now();
        let verdict = self.0.screen_record(&item);
        metrics::histogram!(names::SCREENING_SECONDS, "kind" => item.kind.as_str())
            .record(started.elapsed());
        // The audit record is the verdict without `item`: serialize it once and append `item` for
        // the review message, instead of serializing everything twice. `item` is the verdict's
        // last field, so the result is byte for byte what serializing the whole verdict gives
        // (tested below). A Verdict is plain data (strings, numbers, a serde_json::Value):
        // serializing cannot fail.
        let audit = serde_json::to_vec(&verdict).expect("verdict serializes");
        let mut review = Vec::with_capacity(audit.len() + input.body.len() + 16);
        review.extend_from_slice(&audit[..audit.len() - 1]);
        review.extend_from_slice(b",\"item\":");
        serde_json::to_writer(&mut review, &item.raw).expect("JSON value serializes");
        review.push(b'}');
        Ok(Output {
            id: verdict.id,
            kind: verdict.kind,
            route: verdict.route,
            review,
            audit,
        })
    }
}

/// Benchmark baseline: the input, unchanged, to the baseline route of its routing key and to the
/// audit exchange; no parsing, no screening.
pub struct RelayProcess;

impl Process for RelayProcess {
    fn process(&self, input: Input<'_>) -> Result<Output, ItemError> {
        let kind = if input.routing_key == "comment" {
            Kind::Comment
        } else {
            Kind::Draft
        };
        Ok(Output {
            id: input.message_id.unwrap_or_default().to_owned(),
            kind,
            route: Route::baseline(kind),
            review: input.body.to_vec(),
            audit: input.body.to_vec(),
        })
    }
}

/// How one delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Verdict and audit record confirmed: acknowledge.
    Published {
        /// Item kind.
        kind: Kind,
        /// Route taken.
        route: Route,
    },
    /// Malformed; its copy with the reason is confirmed in the dead-letter exchange: acknowledge.
    DeadLettered {
        /// [`ItemError::code`].
        code: &'static str,
    },
    /// A transient failure: requeue.
    Requeued {
        /// Metrics label.
        reason: &'static str,
    },
}

impl Outcome {
    fn record(&self) {
        match self {
            Outcome::Published { kind, route } => {
                metrics::counter!(names::ITEMS, "kind" => kind.as_str(), "route" => route.as_str())
                    .increment(1);
            }
            Outcome::DeadLettered { code } => {
                metrics::counter!(names::FAILURES, "reason" => *code).increment(1)
            }
            Outcome::Requeued { reason } => {
                metrics::counter!(names::FAILURES, "reason" => *reason).increment(1)
            }
        }
    }
}

/// What the lanes of a session share.
struct Shared {
    cfg: Arc<WorkerConfig>,
    processor: Arc<dyn Process>,
    /// `jobs` threads for [`Process::process`].
    cpu: rayon::ThreadPool,
}

/// Why a session ended other than by shutdown.
#[derive(Debug, thiserror::Error)]
enum SessionError {
    #[error("{stage}：{source}")]
    Broker {
        stage: &'static str,
        #[source]
        source: lapin::Error,
    },
    #[error("代理取消了对队列 {0} 的消费（队列被删除？）")]
    Cancelled(String),
    #[error("发布失败，需重建会话：{0}")]
    Publish(String),
}

/// The first reason the running session must end. Every loop of the session, and every item task,
/// selects on it; whoever fails records why and cancels it.
#[derive(Clone, Default)]
struct Failure {
    token: CancellationToken,
    cause: Arc<std::sync::Mutex<Option<String>>>,
}

impl Failure {
    fn fail(&self, cause: &dyn std::fmt::Display) {
        let mut c = self.cause.lock().unwrap_or_else(|e| e.into_inner());
        if c.is_none() {
            *c = Some(cause.to_string());
        }
        drop(c);
        self.token.cancel();
    }

    async fn happened(&self) {
        self.token.cancelled().await;
    }

    fn cause(&self) -> Option<String> {
        self.cause.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

fn broker(stage: &'static str) -> impl FnOnce(lapin::Error) -> SessionError {
    move |source| SessionError::Broker { stage, source }
}

/// Runs until `shutdown` is cancelled and the session in progress has drained: consume, process,
/// publish, acknowledge; reconnect with exponential backoff (with jitter, so that many workers do
/// not knock at once) after any failure.
///
/// # Panics
/// When the operating system refuses to start the `jobs` CPU threads, at start.
pub async fn run(
    cfg: Arc<WorkerConfig>,
    processor: Arc<dyn Process>,
    ready: Arc<Readiness>,
    shutdown: CancellationToken,
) {
    let cpu = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs)
        .thread_name(|i| format!("screener-cpu-{i}"))
        .build()
        .expect("the screening threads start");
    let shared = Arc::new(Shared {
        cpu,
        cfg: cfg.clone(),
        processor,
    });
    let mut delay = cfg.reconnect_min;
    loop {
        let started = Instant::now();
        let result = session(&shared, &ready, &shutdown).await;
        ready.set(false);
        match result {
            Ok(()) => return,
            Err(e) => {
                metrics::counter!(names::RECONNECTS).increment(1);
                if shutdown.is_cancelled() {
                    warn!(error = %e, "关闭过程中与代理的会话中断；未确认的条目将由代理重新投递");
                    return;
                }
                // A session that ran for a while was healthy: start the backoff over.
                if started.elapsed() > Duration::from_secs(10) {
                    delay = cfg.reconnect_min;
                }
                let wait = jitter(delay);
                error!(error = %e, retry_in_ms = wait.as_millis() as u64, "与代理的会话中断，稍后重连");
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.cancelled() => return,
                }
                delay = (delay * 2).min(cfg.reconnect_max);
            }
        }
    }
}

/// `d` scaled by a factor in [0.5, 1.0), from the clock's nanoseconds: enough to spread workers.
fn jitter(d: Duration) -> Duration {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |t| t.subsec_nanos());
    d.mul_f64(0.5 + f64::from(nanos % 1000) / 2000.0)
}

struct Lane {
    kind: Kind,
    queue: String,
    consume: Channel,
    publish: Channel,
    consumer: Consumer,
}

async fn session(
    shared: &Arc<Shared>,
    ready: &Arc<Readiness>,
    shutdown: &CancellationToken,
) -> Result<(), SessionError> {
    let cfg = &shared.cfg;
    let setup = async {
        let props = ConnectionProperties::default()
            .with_connection_name(format!("screener worker pid {}", std::process::id()).into());
        let conn = Connection::connect(&cfg.amqp_url, props)
            .await
            .map_err(broker("连接 RabbitMQ（消息代理）失败"))?;
        let ch = conn
            .create_channel()
            .await
            .map_err(broker("打开通道失败"))?;
        topology::declare(&ch, &cfg.topology)
            .await
            .map_err(broker("声明队列与交换机失败"))?;
        let _ = ch.close(200, "OK".into()).await;
        let mut lanes = Vec::new();
        for kind in [Kind::Draft, Kind::Comment] {
            let queue = cfg.topology.input_queue(kind).to_owned();
            let publish = conn
                .create_channel()
                .await
                .map_err(broker("打开通道失败"))?;
            publish
                .confirm_select(ConfirmSelectOptions::default())
                .await
                .map_err(broker("开启发布确认失败"))?;
            let consume = conn
                .create_channel()
                .await
                .map_err(broker("打开通道失败"))?;
            // global = false: the limit applies to each consumer, not to the channel.
            consume
                .basic_qos(cfg.prefetch, BasicQosOptions { global: false })
                .await
                .map_err(broker("设置预取失败"))?;
            let consumer = consume
                .basic_consume(
                    queue.as_str().into(),
                    format!("screener.{kind}").into(),
                    BasicConsumeOptions::default(),
                    FieldTable::default(),
                )
                .await
                .map_err(broker("开始消费失败"))?;
            lanes.push(Lane {
                kind,
                queue,
                consume,
                publish,
                consumer,
            });
        }
        Ok::<_, SessionError>((conn, lanes))
    };
    let (conn, lanes) = tokio::select! {
        r = setup => r?,
        _ = shutdown.cancelled() => return Ok(()),
    };
    // Not ready once shutting down, even if the session came up at the same moment.
    ready.set(!shutdown.is_cancelled());
    info!(
        broker = %mask_url(&cfg.amqp_url),
        drafts = %cfg.topology.drafts_queue,
        comments = %cfg.topology.comments_queue,
        prefetch = cfg.prefetch,
        jobs = cfg.jobs,
        "已连接，开始消费"
    );
    let failure = Failure::default();
    futures_util::future::join_all(lanes.into_iter().map(|lane| {
        run_lane(
            lane,
            shared.clone(),
            ready.clone(),
            shutdown.clone(),
            failure.clone(),
        )
    }))
    .await;
    ready.set(false);
    // Closed on failure too: each lane has requeued what it left unsettled (`ack_loop`), but a lane
    // whose channel broke could not, and the broker requeues those only when the connection (or
    // their channel) closes; lapin closes a dropped connection only once every handle sharing it
    // is gone.
    let closed = conn.close(200, "OK".into()).await;
    if let Some(cause) = failure.cause() {
        return Err(SessionError::Publish(cause));
    }
    if let Err(e) = closed {
        debug!(error = %e, "关闭连接时出错");
    }
    info!("在途条目已处理并确认，已断开");
    Ok(())
}

enum AckEvent {
    Received(u64),
    Settled(u64, bool),
}

/// Consumes one input queue until shutdown (then drains) or until the session fails (then stops
/// at once: the broker requeues whatever was not acknowledged).
async fn run_lane(
    mut lane: Lane,
    shared: Arc<Shared>,
    ready: Arc<Readiness>,
    shutdown: CancellationToken,
    failure: Failure,
) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consume = lane.consume.clone();
    let ack_failure = failure.clone();
    let acker = tokio::spawn(async move {
        if let Err(e) = ack_loop(&consume, &mut rx).await {
            ack_failure.fail(&e);
        }
    });
    let tasks = TaskTracker::new();
    let publish = Arc::new(lane.publish.clone());
    let queue: Arc<str> = lane.queue.as_str().into();
    let mut cancelling = false;
    loop {
        tokio::select! {
            biased;
            _ = failure.happened() => break,
            _ = shutdown.cancelled(), if !cancelling => {
                cancelling = true;
                ready.set(false);
                info!(queue = %lane.queue, "停止消费，处理在途条目");
                // The broker stops delivering; what it already sent is still read below and handled.
                if let Err(e) = lane.consume.basic_cancel(lane.consumer.tag(), BasicCancelOptions::default()).await {
                    failure.fail(&broker("取消消费失败")(e));
                    break;
                }
            }
            next = lane.consumer.next() => match next {
                Some(Ok(delivery)) => {
                    let tag = delivery.delivery_tag;
                    let _ = tx.send(AckEvent::Received(tag));
                    let (tx, shared, publish, queue, failure) =
                        (tx.clone(), shared.clone(), publish.clone(), queue.clone(), failure.clone());
                    tasks.spawn(async move {
                        let outcome = tokio::select! {
                            o = handle(&shared, &publish, &queue, delivery, &failure) => o,
                            // The session is gone: the broker requeues this delivery itself.
                            _ = failure.happened() => return,
                        };
                        outcome.record();
                        let ack = !matches!(outcome, Outcome::Requeued { .. });
                        let _ = tx.send(AckEvent::Settled(tag, ack));
                    });
                }
                Some(Err(e)) => {
                    failure.fail(&broker("消费中断")(e));
                    break;
                }
                None if cancelling => break,
                None => {
                    failure.fail(&SessionError::Cancelled(lane.queue.clone()));
                    break;
                }
            }
        }
    }
    tasks.close();
    tasks.wait().await;
    drop(tx);
    if let Err(e) = acker.await {
        failure.fail(&e);
    }
    if failure.cause().is_none() {
        // Closed here rather than dropped after the connection, which lapin reports as an error.
        let _ = lane.consume.close(200, "OK".into()).await;
        let _ = lane.publish.close(200, "OK".into()).await;
    }
    debug!(kind = %lane.kind, "通道结束");
}

/// Sends acknowledgements for one consumer channel, batched by [`AckBook`]; requeues at once.
async fn ack_loop(
    ch: &Channel,
    rx: &mut mpsc::UnboundedReceiver<AckEvent>,
) -> Result<(), SessionError> {
    let mut book = AckBook::default();
    loop {
        // Wait for the next event; with acknowledgements waiting, at most STRAGGLER_AFTER.
        let first = if book.waiting() > 0 {
            tokio::select! {
                ev = rx.recv() => match ev {
                    Some(ev) => Some(ev),
                    None => break,
                },
                _ = tokio::time::sleep(STRAGGLER_AFTER) => None,
            }
        } else {
            match rx.recv().await {
                Some(ev) => Some(ev),
                None => break,
            }
        };
        if let Some(ev) = first {
            apply(ch, &mut book, ev).await?;
        }
        // Take everything already there, so that one flush covers as much as possible.
        while let Ok(ev) = rx.try_recv() {
            apply(ch, &mut book, ev).await?;
        }
        send_acks(ch, &mut book, STRAGGLER_AFTER).await?;
    }
    // Every sender is gone: the lane has finished; acknowledge all that settled. What is still
    // unsettled belongs to a failed session (a lane that drains settles everything): requeue it
    // now, while the channel is open, rather than wait for the broker to notice the connection
    // close, which once kept an item unacknowledged past the unroutable broker test's 120 s.
    send_acks(ch, &mut book, Duration::ZERO).await?;
    for tag in book.give_back() {
        requeue(ch, tag).await?;
    }
    Ok(())
}

/// `basic.nack(tag, multiple = false, requeue = true)`: the broker delivers the item again.
async fn requeue(ch: &Channel, tag: u64) -> Result<(), SessionError> {
    ch.basic_nack(
        tag,
        BasicNackOptions {
            multiple: false,
            requeue: true,
        },
    )
    .await
    .map_err(broker("退回消息失败"))
}

async fn apply(ch: &Channel, book: &mut AckBook, ev: AckEvent) -> Result<(), SessionError> {
    match ev {
        AckEvent::Received(tag) => book.received(tag),
        AckEvent::Settled(tag, true) => book.settle_ack(tag, Instant::now()),
        AckEvent::Settled(tag, false) => {
            // Alone, and before any multiple-ack that could cover it.
            requeue(ch, tag).await?;
            book.settle_nack(tag);
        }
    }
    Ok(())
}

async fn send_acks(
    ch: &Channel,
    book: &mut AckBook,
    straggler_after: Duration,
) -> Result<(), SessionError> {
    let plan = book.flush(Instant::now(), straggler_after);
    if let Some(tag) = plan.multiple {
        ch.basic_ack(tag, lapin::options::BasicAckOptions { multiple: true })
            .await
            .map_err(broker("确认消息失败"))?;
    }
    for tag in plan.single {
        ch.basic_ack(tag, lapin::options::BasicAckOptions { multiple: false })
            .await
            .map_err(broker("确认消息失败"))?;
    }
    Ok(())
}

fn short(s: &str) -> Option<ShortString> {
    ShortString::try_new(s).ok()
}

/// Handles one delivery to its outcome. Publishing failures that break the channel, or show that
/// the layout is gone, also fail the session, so that it is rebuilt (and the layout redeclared).
async fn handle(
    shared: &Shared,
    publish: &Channel,
    queue: &str,
    delivery: Delivery,
    failure: &Failure,
) -> Outcome {
    let cfg = &shared.cfg;
    let Delivery {
        routing_key,
        properties,
        data,
        ..
    } = delivery;
    let message_id = properties
        .message_id()
        .as_ref()
        .map(|m| m.as_str().to_owned());
    let (data, processed) = if data.len() > cfg.max_body_bytes {
        let e = ItemError::TooLarge {
            size: data.len(),
            limit: cfg.max_body_bytes,
        };
        (data, Err(e))
    } else {
        let processor = shared.processor.clone();
        let key = routing_key.to_string();
        let (done, result) = oneshot::channel();
        shared.cpu.spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                processor.process(Input {
                    body: &data,
                    routing_key: &key,
                    message_id: message_id.as_deref(),
                })
            }));
            // The receiver is gone only when the session ended; the broker requeues the delivery.
            let _ = done.send(r.map(|r| (data, r)));
        });
        match result.await {
            Ok(Ok(x)) => x,
            Ok(Err(_)) | Err(_) => {
                // Screening must not panic; if it does, the item is retried and, failing again,
                // dead-lettered by the delivery limit. The panic hook (src/main.rs) logged where it
                // happened, without its message, which may quote the item.
                error!(queue, "处理条目时发生内部错误，已退回");
                tokio::time::sleep(REQUEUE_PAUSE).await;
                return Outcome::Requeued { reason: "panic" };
            }
        }
    };
    let result = match processed {
        Ok(out) => publish_output(cfg, publish, &properties, &out)
            .await
            .map(|()| Outcome::Published {
                kind: out.kind,
                route: out.route,
            }),
        Err(e) => {
            let code = e.code();
            warn!(
                queue,
                message_id = properties
                    .message_id()
                    .as_ref()
                    .map_or("", ShortString::as_str),
                code,
                "条目格式错误，转入死信"
            );
            dead_letter(
                cfg,
                publish,
                queue,
                &routing_key,
                properties.clone(),
                &data,
                &e,
            )
            .await
            .map(|()| Outcome::DeadLettered { code })
        }
    };
    match result {
        Ok(o) => o,
        Err(e) => {
            let reason = e.reason();
            warn!(queue, error = %e, reason, "发布失败，条目退回队列重试");
            // A broken channel needs a new session; so does an unroutable verdict: a queue or
            // binding of the layout is gone, and a new session declares it again. Either way the
            // item waits in its input queue.
            if e.channel_failed() || matches!(e, PublishError::Unroutable { .. }) {
                failure.fail(&e);
            } else {
                tokio::time::sleep(REQUEUE_PAUSE).await;
            }
            Outcome::Requeued { reason }
        }
    }
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Publishes the verdict to `review` and the audit record to the audit exchange, both confirmed.
async fn publish_output(
    cfg: &WorkerConfig,
    ch: &Channel,
    input: &BasicProperties,
    out: &Output,
) -> Result<(), PublishError> {
    let mut props = BasicProperties::default()
        .with_content_type("application/json".into())
        .with_delivery_mode(2)
        .with_timestamp(now_secs())
        .with_app_id("screener".into());
    if let Some(id) = short(&out.id).filter(|s| !s.as_str().is_empty()) {
        props = props.with_message_id(id);
    }
    if let Some(c) = input.correlation_id() {
        props = props.with_correlation_id(c.clone());
    }
    let key = format!("{}.{}", out.kind, out.route);
    let t = &cfg.topology;
    let review = publish_confirmed(
        ch,
        &t.review_exchange,
        &key,
        &out.review,
        props.clone(),
        cfg.confirm_timeout,
    );
    let audit = publish_confirmed(
        ch,
        &t.audit_exchange,
        &key,
        &out.audit,
        props,
        cfg.confirm_timeout,
    );
    let (r, a) = tokio::join!(review, audit);
    r.and(a)?;
    debug!(id = %out.id, kind = %out.kind, route = %out.route, "已发布");
    Ok(())
}

/// Publishes a malformed input, body and properties as received, to the dead-letter exchange with
/// the reason in headers.
///
/// Why not `basic.reject` without requeue, which dead-letters by itself? A broker dead-letter
/// cannot carry headers of ours, so the reason would be lost. The worker publishes the copy itself
/// (confirmed, persistent) and only then acknowledges the input: the copy is stored before the
/// original goes.
async fn dead_letter(
    cfg: &WorkerConfig,
    ch: &Channel,
    queue: &str,
    routing_key: &ShortString,
    props: BasicProperties,
    body: &[u8],
    e: &ItemError,
) -> Result<(), PublishError> {
    let mut headers = props.headers().clone().unwrap_or_default();
    headers.insert(
        ERROR_HEADER.into(),
        AMQPValue::LongString(LongString::from(e.to_string())),
    );
    headers.insert(
        ERROR_CODE_HEADER.into(),
        AMQPValue::LongString(LongString::from(e.code())),
    );
    headers.insert(
        SOURCE_QUEUE_HEADER.into(),
        AMQPValue::LongString(LongString::from(queue)),
    );
    let props = props.with_headers(headers).with_delivery_mode(2);
    publish_confirmed(
        ch,
        &cfg.topology.dead_exchange,
        routing_key.as_str(),
        body,
        props,
        cfg.confirm_timeout,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Verdict;
    use crate::screen::ScreenerOptions;

    fn input(body: &[u8]) -> Input<'_> {
        Input {
            body,
            routing_key: "comment",
            message_id: None,
        }
    }

    #[test]
    fn review_and_audit_bodies_are_the_verdict_and_its_audit_record() {
        let screener = Arc::new(Screener::load(&ScreenerOptions::default()).unwrap());
        let p = ScreenProcess(screener.clone());
        let items: [&[u8]; 2] = [
            br#"{"id":"c1","kind":"comment","body":"\u8054\u7cfb\u6211 13987654321","in_reply_to":"p","x":[1,{"y":null}]}"#,
            r#"{"id":"d1","kind":"draft","title":"县政府召开会议","body":"会议要求……","links":["https://example.cn/a"]}"#.as_bytes(),
        ];
        for body in items {
            let out = p.process(input(body)).unwrap();
            let review: Verdict = serde_json::from_slice(&out.review).unwrap();
            let audit: Verdict = serde_json::from_slice(&out.audit).unwrap();
            // Canonical: what serializing the whole verdict, or its audit record, gives.
            assert_eq!(serde_json::to_vec(&review).unwrap(), out.review);
            assert_eq!(
                serde_json::to_vec(&review.audit_record()).unwrap(),
                out.audit
            );
            assert_eq!(audit, review.audit_record());
            let item = Item::from_slice(body).unwrap();
            assert_eq!(
                review.item.as_ref(),
                Some(&item.raw),
                "the original item is echoed"
            );
            let mut fresh = screener.screen(&item);
            fresh.screened_at = review.screened_at.clone();
            assert_eq!(review, fresh, "the same verdict `screen` gives");
            assert_eq!(
                (out.id.as_str(), out.kind, out.route),
                (review.id.as_str(), review.kind, review.route)
            );
        }
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        let screener = Arc::new(Screener::load(&ScreenerOptions::default()).unwrap());
        let p = ScreenProcess(screener);
        for (body, code) in [
            (&b"\xff"[..], "not_utf8"),
            (b"{", "not_json"),
            (b"[]", "not_object"),
            (
                br#"{"id":"x","kind":"comment","in_reply_to":"p"}"#,
                "missing_field",
            ),
        ] {
            assert_eq!(p.process(input(body)).unwrap_err().code(), code);
        }
    }

    #[test]
    fn relay_forwards_unchanged_to_the_baseline_route() {
        let out = RelayProcess
            .process(Input {
                body: b"anything",
                routing_key: "comment",
                message_id: Some("m1"),
            })
            .unwrap();
        assert_eq!(
            (out.id.as_str(), out.kind, out.route),
            ("m1", Kind::Comment, Route::Publish)
        );
        assert_eq!(
            (out.review.as_slice(), out.audit.as_slice()),
            (&b"anything"[..], &b"anything"[..])
        );
    }
}
