/**
 * Client side of <BudgetTool>. Privacy: nothing is sent anywhere, nothing is put in the
 * address, and nothing is written to localStorage unless the reader ticks “保存在这台设备上”;
 * unticking it or “清除本机数据” removes what was stored.
 */
import { computeBudget, ESSENTIALS, readBudgetFile, writeBudgetFile, type BudgetInput, type DebtInput, type DebtSeverity } from '@/calculator/budget';
import { downloadFile } from '../shared/download-file';
import { clearErrors, showErrors } from '../shared/show-errors';
import { renderBudgetResult } from './render-budget-result';

export const STORAGE_KEY = 'yuqi-cuishou-budget';
const DEBT_FIELDS = ['lender', 'type', 'balance', 'monthly', 'daysOverdue'] as const;

export function mountBudgetTools(): void {
  const root = document.querySelector<HTMLElement>('[data-tool-widget="budget"]');
  if (root) mount(root);
}

function mount(root: HTMLElement): void {
  const { severities } = JSON.parse(root.querySelector('[data-bg-data]')!.textContent!) as { severities: DebtSeverity[] };
  const form = root.querySelector<HTMLFormElement>('[data-bg-form]')!;
  const list = form.querySelector<HTMLOListElement>('[data-bg-debts]')!;
  const template = form.querySelector<HTMLTemplateElement>('[data-bg-debt-template]')!;
  const output = root.querySelector<HTMLElement>('[data-tool-result]')!;
  const status = form.querySelector<HTMLElement>('[data-bg-status]')!;
  const remember = form.querySelector<HTMLInputElement>('[data-bg-remember]')!;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  let counter = 0;

  const renumber = () => {
    [...list.children].forEach((li, i) => {
      (li.querySelector('[data-bg-debt-title]') as HTMLElement).textContent = `第${i + 1}笔欠款`;
      DEBT_FIELDS.forEach((f) => {
        (li.querySelector(`[name="${f}"]`) as HTMLElement).dataset.field = `debts.${i}.${f}`;
      });
    });
  };

  const addDebt = (d?: DebtInput) => {
    const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const n = ++counter;
    li.querySelectorAll<HTMLLabelElement>('label[data-for]').forEach((label) => {
      const input = li.querySelector<HTMLInputElement>(`[name="${label.dataset.for}"]`)!;
      input.id = `bg-d${n}-${label.dataset.for}`;
      label.htmlFor = input.id;
    });
    if (d) {
      DEBT_FIELDS.forEach((f) => {
        (li.querySelector(`[name="${f}"]`) as HTMLInputElement).value = d[f];
      });
      li.querySelector<HTMLInputElement>('[name="court"]')!.checked = d.court;
    }
    list.append(li);
    renumber();
    return li;
  };

  const read = (): BudgetInput => ({
    income: field('income').value,
    essentials: Object.fromEntries(ESSENTIALS.map((id) => [id, field(`essentials.${id}`).value])),
    debts: [...list.children].map((li) => {
      const v = (name: string) => li.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      return {
        lender: v('lender').value,
        type: v('type').value,
        balance: v('balance').value,
        monthly: v('monthly').value,
        daysOverdue: v('daysOverdue').value,
        court: v('court').checked,
      };
    }),
  });

  const fill = (input: BudgetInput) => {
    field('income').value = input.income;
    ESSENTIALS.forEach((id) => {
      field(`essentials.${id}`).value = input.essentials[id] ?? '';
    });
    list.replaceChildren();
    input.debts.forEach((d) => {
      addDebt(d);
    });
    if (input.debts.length === 0) addDebt();
  };

  const store = () => {
    if (!remember.checked) return;
    try {
      localStorage.setItem(STORAGE_KEY, writeBudgetFile(read(), new Date().toISOString()));
    } catch {
      status.textContent = '这台设备不允许保存，可以改用“导出为文件”。';
    }
  };
  const forget = () => {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* storage unavailable: nothing was stored */
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const outcome = computeBudget(read(), severities);
    if (outcome.ok) {
      clearErrors(form);
      renderBudgetResult(output, outcome.result);
    } else showErrors(output, form, outcome.errors);
    store();
    output.focus();
  });
  form.addEventListener('input', store);

  remember.addEventListener('change', () => {
    if (remember.checked) {
      store();
      status.textContent = '已保存在这台设备上。用完请点“清除本机数据”。';
    } else {
      forget();
      status.textContent = '已从这台设备上删除。';
    }
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'add-debt') addDebt().querySelector<HTMLInputElement>('[name="lender"]')!.focus();
    if (action === 'remove-debt') {
      button.closest('li')!.remove();
      if (list.children.length === 0) addDebt();
      renumber();
      store();
    }
    if (action === 'clear') {
      forget();
      remember.checked = false;
      form.reset();
      fill({ income: '', essentials: {}, debts: [] });
      output.replaceChildren();
      status.textContent = '已清除：这台设备上没有保存任何数据，表格也已清空。';
    }
    if (action === 'export') {
      downloadFile(writeBudgetFile(read(), new Date().toISOString()), '我的还款预算.json', 'application/json');
      status.textContent = '已导出。文件里有你的收入和欠款，请妥善保管。';
    }
    if (action === 'print-all') window.print();
    if (action === 'print-one') {
      const target = button.closest<HTMLElement>('.budget-statement')!;
      target.setAttribute('data-printing', '');
      document.documentElement.classList.add('print-one');
      window.addEventListener(
        'afterprint',
        () => {
          target.removeAttribute('data-printing');
          document.documentElement.classList.remove('print-one');
        },
        { once: true },
      );
      window.print();
    }
  });

  form.querySelector<HTMLInputElement>('[data-bg-import]')!.addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const out = readBudgetFile(await file.text());
    (event.target as HTMLInputElement).value = '';
    if (!out.ok) {
      status.textContent = out.message;
      return;
    }
    fill(out.input);
    store();
    status.textContent = `已导入${out.input.debts.length}笔欠款。`;
  });

  // Only a reader who opted in before has anything stored.
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  const restored = saved ? readBudgetFile(saved) : null;
  if (restored?.ok) {
    remember.checked = true;
    fill(restored.input);
    status.textContent = '已填入你上次保存在这台设备上的数据。';
  } else {
    addDebt();
    addDebt();
  }
}
