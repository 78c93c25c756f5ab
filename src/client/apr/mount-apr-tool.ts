/**
 * Client side of <AprTool>: computes the APR and renders it first. A loan's terms are not
 * personal data, so they go into the address for sharing (?received=…&count=…&payment=…).
 */
import { computeApr, type AprInput, type AprResult } from '@/calculator/apr';
import { formatFen } from '@/calculator/format-fen';
import { appendPrintActions } from '../shared/append-print-actions';
import { el } from '../shared/el';
import { clearErrors, showErrors } from '../shared/show-errors';
import { sourcePath } from '@/utils/paths';

const FIELDS = ['received', 'mode', 'count', 'payment', 'payments', 'fee1', 'fee2', 'fee3', 'advertisedKind', 'advertisedRate', 'lenderKind', 'lpr'] as const;
const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

export function mountAprTools(): void {
  document.querySelectorAll<HTMLElement>('[data-tool-widget="apr"]').forEach(mount);
}

function mount(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-apr-form]')!;
  const output = root.querySelector<HTMLElement>('[data-tool-result]')!;
  const ownsUrl = document.querySelectorAll('[data-tool-widget="apr"]').length === 1;
  const value = (name: string) => {
    if (name === 'mode') return form.querySelector<HTMLInputElement>('[name="mode"]:checked')?.value ?? 'equal';
    return form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!.value;
  };
  const set = (name: string, v: string) => {
    if (name === 'mode') {
      const radio = form.querySelector<HTMLInputElement>(`[name="mode"][value="${v === 'list' ? 'list' : 'equal'}"]`)!;
      radio.checked = true;
    } else {
      const f = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
      f.value = v.slice(0, name === 'payments' ? 4000 : 40);
    }
  };
  const showMode = () => {
    const mode = value('mode');
    form.querySelectorAll<HTMLElement>('[data-apr-mode]').forEach((e) => {
      e.hidden = e.dataset.aprMode !== mode;
    });
  };

  const read = (): AprInput => ({
    received: value('received'),
    mode: value('mode') === 'list' ? 'list' : 'equal',
    count: value('count'),
    payment: value('payment'),
    payments: value('payments'),
    monthlyFees: [value('fee1'), value('fee2'), value('fee3')],
    advertisedKind: value('advertisedKind') as AprInput['advertisedKind'],
    advertisedRate: value('advertisedRate'),
    lenderKind: (['private', 'licensed'].includes(value('lenderKind')) ? value('lenderKind') : 'unknown') as AprInput['lenderKind'],
    lpr: value('lpr'),
  });

  const render = (r: AprResult) => {
    clearErrors(form);
    output.replaceChildren();
    const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
    card.dataset.apr = (r.apr * 100).toFixed(4);
    const lead = el('p', undefined, 'text-lg');
    lead.append('实际年化利率（IRR）：', el('strong', pct(r.apr)));
    card.append(lead);
    card.append(el('p', `按复利算的实际年利率：${pct(r.effectiveAnnual)}；月利率${pct(r.monthlyRate)}。`, 'mt-1 text-sm'));
    const ul = el('ul', undefined, 'mt-2 ml-5 list-disc');
    ul.append(
      el('li', `到手${formatFen(r.receivedFen)}元，${r.months}个月一共还${formatFen(r.totalPaidFen)}元。`),
      el('li', `总成本（利息和各种费用）：${formatFen(r.totalCostFen)}元。`),
    );
    if (r.monthlyFeesFen > 0)
      ul.append(el('li', `其中每月另收的费用${formatFen(r.monthlyFeesFen)}元，${r.months}个月共${formatFen(r.monthlyFeesFen * r.months)}元，已经算进年化。`));
    card.append(ul);
    if (r.advertised) {
      const a = r.advertised;
      const what =
        a.kind === 'daily'
          ? `日息${a.ratePercent}% × 365天 = ${a.naiveAnnualPercent.toFixed(2)}%`
          : `月费率${a.ratePercent}% × 12 = ${a.naiveAnnualPercent.toFixed(2)}%`;
      card.append(
        el(
          'p',
          `宣传的数字：${what}。按你填的实际还款算，是${pct(r.apr)}${r.apr * 100 > a.naiveAnnualPercent + 0.5 ? '，比宣传的高：费用按全额收、本金却在逐月减少，或者另有费用。' : '。'}`,
          'mt-2',
        ),
      );
    }
    const c = r.ceilings[0]!;
    const cp = el('p', undefined, 'mt-2 text-sm');
    const link = el('a', '民间借贷司法解释');
    link.href = sourcePath('spc-private-lending-2020');
    if (c.applies === 'no') cp.append('你选的是持牌金融机构：', link, '第1条规定它不适用于这类机构的贷款，所以这里不和四倍LPR比较。');
    else if (c.ceilingPercent === null) cp.append('要和民间借贷的四倍LPR比较，请在“选填”里填借款时的一年期LPR。依据：', link, '（司法解释）第25条。');
    else {
      const where = c.applies === 'yes' ? '' : '（只有放贷方不是持牌金融机构时才适用）';
      cp.append(
        `四倍LPR是${c.ceilingPercent.toFixed(2)}%${where}。本工具算出的实际年化${pct(r.apr)}${c.above ? '高于' : '不高于'}这个数。`,
        c.above ? '约定利率超过四倍的部分，法院不支持；逾期利息、违约金和其他费用合计也以四倍为限。' : '',
        '依据：',
        link,
        '（司法解释）第25条、第29条。这只是参考，法院怎么认定具体费用，要看案件情况。',
      );
    }
    card.append(cp);
    appendPrintActions(card);
    output.append(card);
  };

  const run = (focus: boolean) => {
    const outcome = computeApr(read());
    if (outcome.ok) render(outcome.result);
    else showErrors(output, form, outcome.errors);
    if (focus) output.focus();
    return outcome.ok;
  };

  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'mode') showMode();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ok = run(true);
    if (ownsUrl) {
      const params = new URLSearchParams();
      for (const name of FIELDS) {
        const v = value(name).trim();
        if (!v || (name === 'mode' && v === 'equal') || (name === 'lenderKind' && v === 'unknown')) continue;
        if (value('mode') === 'list' ? name === 'count' || name === 'payment' : name === 'payments') continue;
        params.set(name, name === 'payments' ? v.split(/\s+/).join(',') : v);
      }
      history.replaceState(null, '', ok ? `${location.pathname}?${params}${location.hash}` : location.pathname + location.hash);
    }
  });

  if (ownsUrl) {
    const params = new URLSearchParams(location.search);
    let any = false;
    for (const name of FIELDS) {
      const v = params.get(name);
      if (v === null) continue;
      any = true;
      if (name === 'advertisedKind' && !['daily', 'monthly'].includes(v)) continue;
      if (name === 'lenderKind' && !['private', 'licensed', 'unknown'].includes(v)) continue;
      set(name, name === 'payments' ? v.split(',').join('\n') : v);
    }
    showMode();
    if (any) run(false);
  }
}
